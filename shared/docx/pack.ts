import { Packer, type Document } from 'docx'
import { extraPartsOf } from './custom-xml-part'

/**
 * The last step of every export: the document as the bytes of a .docx file. A Uint8Array works
 * everywhere — Node (tests, benchmark), the renderer (Blob for a download, IPC to the save
 * dialog) — unlike a Node Buffer or a Blob.
 */
export async function packDocx(doc: Document): Promise<Uint8Array> {
  return Packer.pack(doc, 'uint8array', false, extraPartsOf(doc))
}
