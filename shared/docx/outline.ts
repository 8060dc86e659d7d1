import { Bookmark, InternalHyperlink, PageReference, Paragraph, Tab, Table, TableOfContents, TabStopType, TextRun } from 'docx'
import { paragraph, runs, safeText, spacer, type Block } from './blocks'
import { TEXT_WIDTH } from './measures'
import { STYLE } from './styles'
import { PrebuiltTable } from './table-xml'
import type { DocTexts } from './texts'

interface ContentsEntry {
  level: 1 | 2
  number: string
  title: string
  anchor: string
}

const HEADING_STYLES = { 1: STYLE.heading1, 2: STYLE.heading2 } as const
const ENTRY_STYLES = { 1: STYLE.toc1, 2: STYLE.toc2 } as const

/** A contents entry's "3⇥Title" when numbered; the entry style's hanging indent is the tab stop. */
function numberedRuns(number: string, title: string): TextRun[] {
  return number === '' ? runs(title) : [new TextRun(safeText(number)), new TextRun({ children: [new Tab()] }), ...runs(title)]
}

/**
 * The headings of a document and its table of contents. In a numbered document Word numbers the
 * headings itself ("3", "3.1", "4" …, the section numbers of the heading styles, styles.ts), so a
 * section that is left out leaves no gap and a heading added in Word is numbered too; the minutes
 * are not numbered. Each heading is bookmarked, and `contents()` lists them with hyperlinks to
 * those bookmarks, each entry with the number Word gives its heading, as Word writes them.
 */
export function outline(options: { numbered: boolean }) {
  const entries: ContentsEntry[] = []
  let section = 0
  let sub = 0
  const add = (level: 1 | 2, title: string, pageBreakBefore = false): Paragraph => {
    const number = options.numbered ? (level === 1 ? String(section) : `${section}.${sub}`) : ''
    const anchor = `_Toc${String(entries.length + 1).padStart(4, '0')}`
    entries.push({ level, number, title, anchor })
    return new Paragraph({ style: HEADING_STYLES[level], pageBreakBefore, children: [new Bookmark({ id: anchor, children: runs(title) })] })
  }
  return {
    /** Whether the document's Heading 1 and 2 styles carry section numbers (styles.ts). */
    numbered: options.numbered,
    section(title: string, sectionOptions: { pageBreakBefore?: boolean } = {}): Paragraph {
      section += 1
      sub = 0
      return add(1, title, sectionOptions.pageBreakBefore)
    },
    sub(title: string): Paragraph {
      sub += 1
      return add(2, title)
    },
    /**
     * A real Word table of contents: a TOC field over Heading 1–2 whose result already holds
     * one entry per heading, a hyperlink to its bookmark, in the TOC 1 / TOC 2 styles, each with
     * its page number as a PAGEREF field to the heading's bookmark after a dotted tab — so the
     * file shows the contents without updating anything, Word fills in the page numbers on
     * opening (updateFields in the settings) and rebuilds the whole table with page numbers on F9
     * (no `\n` switch suppressing them).
     *
     * LibreOffice shows the entries without page numbers: it reads a TOC field's result as the
     * text of an index, PAGEREF results included, and does not update the index on opening. It
     * would count the pages of PAGEREF fields outside a TOC field, but entries that are no TOC
     * field are no table of contents to Word either ("Update table" would be gone), and only a
     * layout engine could write the page numbers in beforehand, as Word does when it saves.
     */
    contents(texts: DocTexts): Block[] {
      const lines = entries.map(
        (entry) =>
          new Paragraph({
            style: ENTRY_STYLES[entry.level],
            // The page number at the right margin after a dotted leader.
            tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: 'dot' }],
            children: [
              new InternalHyperlink({ anchor: entry.anchor, children: numberedRuns(entry.number, entry.title) }),
              new TextRun({ children: [new Tab()] }),
              new PageReference(entry.anchor, { hyperlink: true })
            ]
          })
      )
      return [
        paragraph(texts.common.contents, { style: STYLE.tocHeading, pageBreakBefore: true }),
        new TableOfContents(safeText(texts.common.contents), {
          hyperlink: true,
          headingStyleRange: '1-2',
          // \w keeps the tab between a heading's number and its title when Word rebuilds the table.
          preserveTabInEntries: true,
          beginDirty: false,
          contentChildren: lines
        })
      ]
    }
  }
}

export type Outline = ReturnType<typeof outline>

function isHeading(block: Block): boolean {
  return block instanceof Paragraph && (block.options.style === STYLE.heading1 || block.options.style === STYLE.heading2 || block.options.style === STYLE.heading3)
}

/**
 * Blocks in reading order with air after tables: a table followed by text or another table
 * gets a small empty paragraph (two tables with nothing between would merge into one in Word).
 */
export function flow(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((block, index) => {
    const next = blocks[index + 1]
    return (block instanceof Table || block instanceof PrebuiltTable) && next !== undefined && !isHeading(next) ? [block, spacer()] : [block]
  })
}
