import React, { useId, useState } from 'react'

export interface ComboOption {
    id: string
    label: string
    /** Second line / muted text. */
    detail?: string
}

interface ComboboxProps {
    label: string
    value: string
    onInput: (text: string) => void
    options: ComboOption[]
    onSelect: (option: ComboOption) => void
    /** Shown under the list (counts, "refine", errors); announced politely. */
    status?: React.ReactNode
    placeholder?: string
    hint?: string
    autoFocus?: boolean
    /** Keep the list open under the input instead of floating over the page. */
    inline?: boolean
    inputId?: string
}

/**
 * The ARIA 1.2 combobox pattern: a text input that filters a listbox; ArrowDown/ArrowUp move through the
 * options (aria-activedescendant), Enter picks, Escape closes. Options are rendered by the caller's search.
 */
export function Combobox({ label, value, onInput, options, onSelect, status, placeholder, hint, autoFocus, inline, inputId }: ComboboxProps) {
    const generated = useId().replace(/:/g, '')
    const id = inputId ?? `combo-${generated}`
    const listId = `${id}-list`
    const [open, setOpen] = useState(false)
    const [active, setActive] = useState(-1)
    const expanded = open && options.length > 0

    const pick = (option: ComboOption) => {
        setOpen(false)
        setActive(-1)
        onSelect(option)
    }
    const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
        if (e.key === 'ArrowDown') {
            e.preventDefault()
            setOpen(true)
            setActive((index) => (options.length ? Math.min(options.length - 1, index + 1) : -1))
        } else if (e.key === 'ArrowUp') {
            e.preventDefault()
            setActive((index) => Math.max(0, index - 1))
        } else if (e.key === 'Enter') {
            const option = options[active] ?? (options.length === 1 ? options[0] : undefined)
            if (option && (open || options.length === 1)) {
                e.preventDefault()
                pick(option)
            }
        } else if (e.key === 'Escape') {
            setOpen(false)
            setActive(-1)
        }
    }
    return (
        <div className={`combobox field${inline ? ' combobox--inline' : ''}`}>
            <label htmlFor={id}>{label}</label>
            {hint && <span id={`${id}-hint`} className="field__hint">{hint}</span>}
            <input
                id={id}
                type="text"
                role="combobox"
                autoComplete="off"
                aria-autocomplete="list"
                aria-expanded={expanded}
                aria-controls={listId}
                aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
                aria-describedby={hint ? `${id}-hint` : undefined}
                value={value}
                placeholder={placeholder}
                autoFocus={autoFocus}
                onChange={(e) => {
                    onInput(e.target.value)
                    setOpen(true)
                    setActive(-1)
                }}
                onFocus={() => setOpen(true)}
                onBlur={() => window.setTimeout(() => setOpen(false), 150)}
                onKeyDown={onKeyDown}
            />
            <ul id={listId} role="listbox" aria-label={`${label} suggestions`} hidden={!expanded}>
                {expanded &&
                    options.map((option, index) => (
                        <li
                            key={option.id}
                            id={`${listId}-${index}`}
                            role="option"
                            aria-selected={index === active}
                            onMouseDown={(e) => e.preventDefault()}
                            onClick={() => pick(option)}
                        >
                            {option.label}
                            {option.detail && <span className="muted small"> — {option.detail}</span>}
                        </li>
                    ))}
            </ul>
            {status !== undefined && <div className="small muted" role="status">{status}</div>}
        </div>
    )
}
