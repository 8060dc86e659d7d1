import { Packer, type Document } from 'docx'
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate'
import { extraPartsOf } from './custom-xml-part'
import { fillPrebuiltTables, forgetPrebuiltTables } from './table-xml'

const BODY = 'word/document.xml'
const MEDIA = 'word/media/'

/**
 * What docx writes, unzipped again, with the body's text complete: docx writes a place holder
 * for each data table (table-xml.ts) and this puts the tables in. docx compresses only the small
 * parts this way; the large ones are compressed once, by whoever zips the result.
 */
async function written(doc: Document, wanted: (path: string) => boolean): Promise<{ files: Unzipped; body: string }> {
  forgetPrebuiltTables(doc)
  const files = unzipSync(await Packer.pack(doc, 'uint8array', false), { filter: (file) => file.name === BODY || wanted(file.name) })
  const body = files[BODY]
  if (!body) throw new Error(`docx wrote no ${BODY}`)
  return { files, body: fillPrebuiltTables(doc, strFromU8(body)) }
}

/**
 * The last step of every export: the document as the bytes of a .docx file. A Uint8Array works
 * everywhere — Node (tests, benchmark), the renderer (Blob for a download, IPC to the save
 * dialog) — unlike a Node Buffer or a Blob. The document's extra parts (custom-xml-part.ts) go
 * where docx would put them, before the media.
 */
export async function packDocx(doc: Document): Promise<Uint8Array> {
  const { files, body } = await written(doc, () => true)
  files[BODY] = strToU8(body)
  const entries = Object.entries(files)
  const media = entries.findIndex(([path]) => path.startsWith(MEDIA))
  const extra = extraPartsOf(doc).map(({ path, data }): [string, Uint8Array] => [path, strToU8(data)])
  return zipSync(Object.fromEntries(media === -1 ? [...entries, ...extra] : [...entries.slice(0, media), ...extra, ...entries.slice(media)]))
}

/** The text of word/document.xml in the packed file, without zipping it (reading an SLA back compares it). */
export async function documentXml(doc: Document): Promise<string> {
  return (await written(doc, () => false)).body
}
