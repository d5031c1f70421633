// GlideAjax (/xmlhttp.do): a client script calls a client-callable script include that extends
// global.AbstractAjaxProcessor (script-include-guide); the method named by sysparm_name runs as the caller with
// the request parameters, and its return value (or setAnswer()) comes back as the `answer` attribute of an XML
// document. VERIFY: the platform's XML answer carries more attributes and elements (newItem) than this one.
import type { InstanceView } from '../security/instance-view.ts'
import { HttpError } from './responses.ts'

const xmlAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export interface AjaxResult {
    status: number
    body: string
}

/** Runs one GlideAjax call; parameters as the form the client sent (sysparm_processor, sysparm_name, sysparm_…). */
export function runAjax(instance: InstanceView, userName: string, params: URLSearchParams): AjaxResult {
    const processor = params.get('sysparm_processor') ?? ''
    const method = params.get('sysparm_name') ?? ''
    const include = instance.artifacts.records('sys_script_include').find((record) => record.name === processor && record.active !== 'false')
    // VERIFY: the platform refuses a script include that is not client callable (GlideAjax gets no answer).
    if (!include || include.client_callable !== 'true') throw new HttpError(403, 'GlideAjax processor not allowed', `${processor || '(none)'} is not a client-callable script include of the app`)
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(method) || method === 'initialize') throw new HttpError(400, 'Invalid sysparm_name', `"${method}" is not a method GlideAjax may call`)
    const request = {
        getParameter: (name: string) => params.get(String(name)),
    }
    const answer = instance.runScript(
        userName,
        `(function () {
            var processor = new ${instance.scope}.${processor}(__request, null, null);
            if (typeof processor[__method] !== 'function') throw new Error('GlideAjax: ' + __processor + ' has no method ' + __method);
            var result = processor[__method]();
            if (result === undefined || result === null) result = processor.answer;
            return result === undefined || result === null ? null : String(result);
        })()`,
        { __request: request, __method: method, __processor: processor },
    ) as string | null
    const attributes = [`sysparm_max="15"`, `sysparm_name="${xmlAttribute(method)}"`, `sysparm_processor="${xmlAttribute(processor)}"`]
    if (answer !== null) attributes.push(`answer="${xmlAttribute(answer)}"`)
    return { status: 200, body: `<?xml version="1.0" encoding="UTF-8"?><xml ${attributes.join(' ')}/>` }
}
