// A minimal XML reader for the well-formed subset the Now SDK writes to dist/app: elements, attributes,
// text, CDATA, comments and the XML declaration. No DTDs, no namespaces, no processing of entities beyond
// the five predefined ones and numeric character references.

export interface XmlElement {
    name: string
    attributes: Record<string, string>
    children: XmlElement[]
    /** Concatenated text and CDATA directly inside this element. */
    text: string
}

const PREDEFINED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

export function decodeEntities(text: string): string {
    return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, entity: string) => {
        if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16))
        if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10))
        const decoded = PREDEFINED_ENTITIES[entity]
        if (decoded === undefined) throw new Error(`XML: unknown entity ${whole}`)
        return decoded
    })
}

const NAME = /[A-Za-z_][\w.:-]*/y
const ATTRIBUTE = /\s+([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/y

/** Parses a document and returns its root element; throws with the offset on malformed input. */
export function parseXml(source: string, label = 'XML'): XmlElement {
    let position = 0
    const fail = (message: string): never => {
        throw new Error(`${label}: ${message} at offset ${position}`)
    }
    const skipMisc = () => {
        for (;;) {
            while (position < source.length && /\s/.test(source[position])) position++
            if (source.startsWith('<?', position)) {
                const end = source.indexOf('?>', position)
                if (end < 0) fail('unterminated declaration')
                position = end + 2
            } else if (source.startsWith('<!--', position)) {
                const end = source.indexOf('-->', position)
                if (end < 0) fail('unterminated comment')
                position = end + 3
            } else return
        }
    }
    const readName = (): string => {
        NAME.lastIndex = position
        const match = NAME.exec(source)
        if (!match) return fail('expected a name')
        position = NAME.lastIndex
        return match[0]
    }
    const readElement = (): XmlElement => {
        if (source[position] !== '<') fail('expected "<"')
        position++
        const element: XmlElement = { name: readName(), attributes: {}, children: [], text: '' }
        for (;;) {
            ATTRIBUTE.lastIndex = position
            const match = ATTRIBUTE.exec(source)
            if (!match) break
            element.attributes[match[1]] = decodeEntities(match[3] ?? match[4])
            position = ATTRIBUTE.lastIndex
        }
        while (/\s/.test(source[position] ?? '')) position++
        if (source.startsWith('/>', position)) {
            position += 2
            return element
        }
        if (source[position] !== '>') fail(`malformed start tag <${element.name}>`)
        position++
        for (;;) {
            if (position >= source.length) fail(`unterminated <${element.name}>`)
            if (source.startsWith('<![CDATA[', position)) {
                const end = source.indexOf(']]>', position)
                if (end < 0) fail('unterminated CDATA')
                element.text += source.slice(position + 9, end)
                position = end + 3
            } else if (source.startsWith('<!--', position)) {
                const end = source.indexOf('-->', position)
                if (end < 0) fail('unterminated comment')
                position = end + 3
            } else if (source.startsWith('</', position)) {
                position += 2
                const closing = readName()
                if (closing !== element.name) fail(`</${closing}> closes <${element.name}>`)
                while (/\s/.test(source[position] ?? '')) position++
                if (source[position] !== '>') fail('malformed end tag')
                position++
                // Whitespace between child elements is layout, not content.
                if (element.children.length > 0 && element.text.trim() === '') element.text = ''
                return element
            } else if (source[position] === '<') {
                element.children.push(readElement())
            } else {
                const next = source.indexOf('<', position)
                const end = next < 0 ? source.length : next
                element.text += decodeEntities(source.slice(position, end))
                position = end
            }
        }
    }
    skipMisc()
    const root = readElement()
    skipMisc()
    if (position < source.length) fail('content after the root element')
    return root
}
