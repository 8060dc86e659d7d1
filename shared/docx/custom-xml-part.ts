import type { Document } from 'docx'

/**
 * A custom XML part (ECMA-376 part 1, §22.5): the place a Word file keeps data for the program
 * that made it. Word and LibreOffice keep such parts when they save, and show nothing of them.
 *
 * docx writes no custom parts of its own, but lets a document register relationships and
 * content types, and takes extra files when packing. The files wait here, keyed by document,
 * until packDocx packs that document; they are written only then.
 */
export interface PackagePart {
  path: string
  data: string
}

/** The parts are written when the document is packed: reading a document's text back never needs them. */
const EXTRA_PARTS = new WeakMap<Document, () => PackagePart[]>()

export const CUSTOM_XML_PATH = 'customXml/item1.xml'
const PROPS_PATH = 'customXml/itemProps1.xml'
const CUSTOM_XML_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml'
const CUSTOM_XML_PROPS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps'
const PROPS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml'
const DATASTORE_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/customXml'
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships'
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'

/**
 * A stable GUID from the part's text, so the same document is packed the same every time. Its
 * ends and length are enough to tell documents apart; hashing megabytes would cost time for nothing.
 */
function guidOf(fullText: string): string {
  const sample = 4096
  const text = fullText.length <= 2 * sample ? fullText : `${fullText.slice(0, sample)}${fullText.length}${fullText.slice(-sample)}`
  const words = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b].map((seed) => {
    let hash = seed >>> 0
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0
    return hash.toString(16).padStart(8, '0')
  })
  const hex = words.join('').toUpperCase()
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}}`
}

/** Adds the XML `itemXml` gives as the document's custom XML part, with its properties naming `schemaUri`. */
export function attachCustomXmlPart(doc: Document, itemXml: () => string, schemaUri: string): void {
  // "rIdSlaData" cannot collide with the numbered ids docx gives its own relationships.
  doc.Document.Relationships.addRelationship('SlaData', CUSTOM_XML_REL, `../${CUSTOM_XML_PATH}`)
  doc.ContentTypes.addOverride(PROPS_CONTENT_TYPE, `/${PROPS_PATH}`)
  EXTRA_PARTS.set(doc, () => {
    const item = itemXml()
    const props =
      `${XML_DECLARATION}<ds:datastoreItem ds:itemID="${guidOf(item)}" xmlns:ds="${DATASTORE_NS}">` +
      `<ds:schemaRefs><ds:schemaRef ds:uri="${schemaUri}"/></ds:schemaRefs></ds:datastoreItem>`
    const rels = `${XML_DECLARATION}<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${CUSTOM_XML_PROPS_REL}" Target="itemProps1.xml"/></Relationships>`
    return [
      { path: CUSTOM_XML_PATH, data: item },
      { path: PROPS_PATH, data: props },
      { path: 'customXml/_rels/item1.xml.rels', data: rels }
    ]
  })
}

export function extraPartsOf(doc: Document): readonly PackagePart[] {
  return EXTRA_PARTS.get(doc)?.() ?? []
}
