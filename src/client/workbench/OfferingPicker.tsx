import React, { useEffect, useState } from 'react'
import { failureText } from '../shared/api'
import { Combobox } from '../shared/Combobox'
import { searchOfferings, splitList, useOfferingNames } from './offerings'
import type { Offering } from './offerings'

interface Props {
    inputId: string
    /** Comma-separated sys_ids, as the rule stores them. */
    value: string
    /** is one of / is not one of: several offerings; is / is not: one. */
    multiple: boolean
    onChange: (value: string) => void
}

/** Choose product offerings by name or code; the rule keeps their sys_ids. */
export function OfferingPicker({ inputId, value, multiple, onChange }: Props) {
    const [text, setText] = useState('')
    const [found, setFound] = useState<Offering[]>([])
    const [error, setError] = useState('')
    const ids = splitList(value)
    const names = useOfferingNames(ids)
    useEffect(() => {
        let live = true
        const timer = window.setTimeout(() => {
            searchOfferings(text.trim())
                .then((offerings) => {
                    if (!live) return
                    setFound(offerings)
                    setError('')
                })
                .catch((e) => live && setError(failureText(e)))
        }, 200)
        return () => {
            live = false
            window.clearTimeout(timer)
        }
    }, [text])
    return (
        <div className="field">
            <Combobox
                inputId={inputId}
                label={multiple ? 'Condition value (product offerings)' : 'Condition value (product offering)'}
                value={text}
                onInput={setText}
                options={found.filter((o) => ids.indexOf(o.sys_id) < 0).map((o) => ({ id: o.sys_id, label: o.name, detail: o.code }))}
                onSelect={(option) => {
                    onChange(multiple ? [...ids, option.id].join(',') : option.id)
                    setText('')
                }}
                status={error || undefined}
                placeholder="Type an offering name"
            />
            {ids.length > 0 && (
                <ul className="chips" aria-label="Chosen offerings">
                    {ids.map((id) => (
                        <li key={id}>
                            {names[id] ?? id}
                            <button type="button" className="small link" aria-label={`Remove ${names[id] ?? id}`} onClick={() => onChange(ids.filter((other) => other !== id).join(','))}>
                                ✕
                            </button>
                        </li>
                    ))}
                </ul>
            )}
        </div>
    )
}
