// Scripted REST APIs from the build output (sys_ws_definition + sys_ws_operation): route matching with
// path parameters, the operation's authentication/ACL settings, and the script run in the sandbox with
// emulated RESTAPIRequest / RESTAPIResponse objects.
import { passesAclById } from '../security/acl.ts'
import type { InstanceView } from '../security/instance-view.ts'
import { errorBody, forbidden, HttpError, unauthenticated } from './responses.ts'

/**
 * The platform's default "Scripted REST External Default" ACL that the SDK puts in enforce_acl when none is
 * given. VERIFY: it lets any authenticated internal user through; it is not part of the build output.
 */
export const DEFAULT_REST_ACL = 'cf9d01d3e73003009d6247e603f6a990'

export interface RestOperation {
    sysId: string
    name: string
    method: string
    /** e.g. /api/x_oal_lifecycle/lifecycle/accounts/{id}/timeline */
    uri: string
    script: string
    requiresAuthentication: boolean
    requiresAcl: boolean
    enforceAcls: string[]
    active: boolean
}

export interface RouteMatch {
    operation: RestOperation
    pathParams: Record<string, string>
}

export function operationsFromRecords(definitions: Array<Record<string, string>>, operations: Array<Record<string, string>>): RestOperation[] {
    const byId = new Map(definitions.map((definition) => [definition.sys_id, definition]))
    return operations.map((record) => {
        const definition = byId.get(record.web_service_definition)
        const base = definition?.base_uri ?? ''
        const uri = record.operation_uri || `${base}${record.relative_path ?? ''}`
        const definitionActive = definition ? definition.active !== 'false' : true
        return {
            sysId: record.sys_id,
            name: record.name ?? '',
            method: (record.http_method ?? 'GET').toUpperCase(),
            uri,
            script: record.operation_script ?? '',
            requiresAuthentication: record.requires_authentication !== 'false',
            requiresAcl: record.requires_acl_authorization !== 'false',
            enforceAcls: (record.enforce_acl ?? '').split(',').map((id) => id.trim()).filter(Boolean),
            active: definitionActive && record.active !== 'false',
        }
    })
}

function segments(path: string): string[] {
    return path.split('/').filter(Boolean)
}

/** Matches `path` against an operation URI template; literal segments beat parameters when several match. */
export function matchRoute(operations: RestOperation[], method: string, path: string): RouteMatch | undefined {
    const wanted = segments(path)
    let best: { match: RouteMatch; literals: number } | undefined
    for (const operation of operations) {
        if (!operation.active || operation.method !== method.toUpperCase()) continue
        const template = segments(operation.uri)
        if (template.length !== wanted.length) continue
        const pathParams: Record<string, string> = {}
        let literals = 0
        const ok = template.every((part, index) => {
            const param = /^\{(.+)\}$/.exec(part)
            if (param) {
                try {
                    pathParams[param[1]] = decodeURIComponent(wanted[index])
                } catch {
                    throw new HttpError(400, 'Malformed URI', 'The request URI is not valid percent-encoding')
                }
                return true
            }
            literals += 1
            return part === wanted[index]
        })
        if (ok && (!best || literals > best.literals)) best = { match: { operation, pathParams }, literals }
    }
    return best?.match
}

/** Is there an operation on this path with another method (→ 405 rather than 400)? */
export function pathExists(operations: RestOperation[], path: string): boolean {
    return ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].some((method) => matchRoute(operations, method, path) !== undefined)
}

export interface RestCall {
    method: string
    path: string
    url: URL
    headers: Record<string, string | string[] | undefined>
    body: unknown
    rawBody: string
    userName: string | null
}

export interface RestResult {
    status: number
    headers: Record<string, string>
    body: string
}

/** Error classes scripts raise with response.setError (the sn_ws_err namespace). */
export function serviceErrors(): Record<string, unknown> {
    function make(defaultStatus: number, defaultMessage: string) {
        return function ServiceError(this: Record<string, unknown>, message?: string) {
            this.status = defaultStatus
            this.message = message ?? defaultMessage
            this.detail = ''
            this.setStatus = (status: number) => { this.status = status }
            this.setMessage = (text: string) => { this.message = text }
            this.setDetail = (text: string) => { this.detail = text }
        }
    }
    return {
        ServiceError: make(500, 'Server Error'),
        BadRequestError: make(400, 'Bad Request'),
        NotFoundError: make(404, 'Not Found'),
        ConflictError: make(409, 'Conflict'),
        NotAcceptableError: make(406, 'Not Acceptable'),
        UnsupportedMediaTypeError: make(415, 'Unsupported Media Type'),
    }
}

/** The RESTAPIRequest object a script sees. Query parameter values are arrays, as on the platform. */
export function buildRequest(call: RestCall, pathParams: Record<string, string>): Record<string, unknown> {
    const queryParams: Record<string, string[]> = {}
    for (const [key, value] of call.url.searchParams) (queryParams[key] ??= []).push(value)
    const headers: Record<string, string> = {}
    for (const [key, value] of Object.entries(call.headers)) if (value !== undefined) headers[key.toLowerCase()] = Array.isArray(value) ? value.join(',') : value
    let consumed = false
    return {
        pathParams,
        queryParams,
        queryString: call.url.search.replace(/^\?/, ''),
        uri: call.path,
        url: call.url.toString(),
        headers,
        getHeader: (name: string) => headers[name.toLowerCase()],
        getSupportedResponseContentTypes: () => ['application/json'],
        body: {
            data: call.body,
            dataString: call.rawBody,
            hasNext: () => !consumed && call.body !== undefined,
            nextEntry: () => {
                consumed = true
                return call.body
            },
        },
    }
}

/** The RESTAPIResponse object a script drives; `result()` turns it into the HTTP answer. */
export function buildResponse() {
    let status = 200
    let body: unknown
    let streamed = ''
    let usedStream = false
    const headers: Record<string, string> = {}
    const response = {
        setStatus: (code: number) => { status = Number(code) },
        setBody: (value: unknown) => { body = value },
        setHeader: (name: string, value: string) => { headers[name] = String(value) },
        setContentType: (type: string) => { headers['Content-Type'] = type },
        setLocation: (location: string) => { headers.Location = location },
        setError: (error: { status?: number; message?: string; detail?: string }) => {
            status = Number(error?.status ?? 500)
            body = undefined
            streamed = JSON.stringify(errorBody(String(error?.message ?? 'Server Error'), error?.detail ? String(error.detail) : null))
            usedStream = true
        },
        getStreamWriter: () => ({
            writeString: (text: string) => {
                usedStream = true
                streamed += String(text)
            },
            writeStream: () => { throw new Error('not emulated: RESTAPIResponseStream.writeStream') },
        }),
    }
    const result = (): RestResult => {
        if (usedStream) return { status, headers: { 'Content-Type': 'application/json;charset=UTF-8', ...headers }, body: streamed }
        if (body === undefined) return { status, headers, body: '' }
        // setBody output is wrapped in {"result": …} like the platform's JSON responses.
        return { status, headers: { 'Content-Type': 'application/json;charset=UTF-8', ...headers }, body: JSON.stringify({ result: body }) }
    }
    return { response, result }
}

function authorize(instance: InstanceView, operation: RestOperation, userName: string | null): void {
    if (operation.requiresAuthentication && userName === null) throw unauthenticated()
    if (!operation.requiresAcl) return
    if (userName === null) throw unauthenticated()
    for (const aclId of operation.enforceAcls) {
        if (aclId === DEFAULT_REST_ACL) continue
        const passed = passesAclById(instance, userName, aclId)
        // An enforce_acl entry that names no ACL in the build output fails closed.
        if (passed === undefined) throw forbidden(`Operation ${operation.name} enforces ACL ${aclId}, which is not in the build output`)
        if (!passed) throw forbidden(`ACL ${aclId} denies ${operation.name} to ${userName}`)
    }
}

export function runOperation(instance: InstanceView, match: RouteMatch, call: RestCall): RestResult {
    authorize(instance, match.operation, call.userName)
    const request = buildRequest(call, match.pathParams)
    const { response, result } = buildResponse()
    try {
        instance.runScript(call.userName, match.operation.script, { request, response, sn_ws_err: serviceErrors() })
    } catch (error) {
        if (error instanceof HttpError) throw error
        // The server answers 500 "Script Evaluation Exception" with a reference and logs the script's error.
        throw new ScriptEvaluationError(error)
    }
    return result()
}

/** A scripted REST operation's script threw: reported as 500 "Script Evaluation Exception", details in the log only. */
export class ScriptEvaluationError {
    constructor(readonly cause: unknown) {}
}

export function restOperations(instance: InstanceView): RestOperation[] {
    return operationsFromRecords(instance.artifacts.records('sys_ws_definition'), instance.artifacts.records('sys_ws_operation'))
}
