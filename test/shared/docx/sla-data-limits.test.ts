import { strFromU8, strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { exportSlaDocx, readSlaDocx } from '../../../shared/docx/index'
import type { SlaDocxData } from '../../../shared/docx/sla/sla-data-schema'
import { FIELD_LIMITS, TEXT_BEFORE_LIMITS } from '../../../shared/domain/field-limits'
import { contentAtLimits, slaInputAtLimits } from './at-limits'
import { signedSlaInput, slaContent } from './docx-fixtures'
import { edited, expectSla, type Edit } from './docx-test-support'

/**
 * Issue 12 §2: the data an SLA's Word file carries is held to what the app itself keeps — and a
 * backup takes, so a workshop opened from a Word file can be backed up — ids in its shape, a
 * currency it offers, real days, times between 1970 and 9999, drawn signatures as PNG, each text
 * within its field's limit. A file that is not gets the "not from the app" answer, never a crash.
 */
const DATA_PART = 'customXml/item1.xml'

/** The data part changed as someone with an unzip tool and an editor might. */
function changeData(change: (data: SlaDocxData) => void): Edit {
  return (files) => {
    const xml = strFromU8(files[DATA_PART] ?? new Uint8Array())
    const match = /<data>([^<]*)<\/data>/.exec(xml)
    if (!match?.[1]) throw new Error('no data in the data part')
    const data = JSON.parse(match[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')) as SlaDocxData
    change(data)
    const json = JSON.stringify(data).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    files[DATA_PART] = strToU8(xml.replace(match[0], `<data>${json}</data>`))
  }
}

async function signedFile(): Promise<Uint8Array> {
  return exportSlaDocx(await signedSlaInput('de'))
}

const refusals: Array<[string, (data: SlaDocxData) => void]> = [
  ['an item id with a space', (d) => void (d.content.definitions.stages[0]!.id = 'stage 1')],
  ['an empty item id', (d) => void (d.content.targets[0]!.id = '')],
  ['an item id longer than any the app makes', (d) => void (d.content.commitments[0]!.id = 'c'.repeat(101))],
  ['a signatory’s participant id with a slash', (d) => void (d.content.parties.signatories[0]!.participantId = 'p/1')],
  ['a signature’s workshop id that climbs out of a folder', (d) => void (d.signatures[0]!.workshopId = '../w1')],
  ['a currency no one offers', (d) => void (d.content.currency = 'XYZ')],
  ['a currency in small letters', (d) => void (d.content.currency = 'eur')],
  ['a currency sign instead of a code', (d) => void (d.content.currency = '€')],
  ['a start day that does not exist', (d) => void (d.content.governance.startDate = '2027-02-30')],
  ['a review date in month 13', (d) => void (d.reviewDates = ['2027-13-01'])],
  ['a time before 1970', (d) => void (d.generatedAt = -1)],
  ['a signing time after the year 9999', (d) => void (d.signatures[0]!.signedAt = Date.UTC(10000, 0, 1))],
  ['a signing time that is not a whole millisecond', (d) => void (d.version.signedAt = 1.5)],
  ['a time zone that is a path', (d) => void (d.timeZone = '../../etc/passwd')],
  ['a drawn signature that is not a PNG', (d) => void (d.signatures[0]!.image = 'data:text/html;base64,PHNjcmlwdD4=')],
  ['a version numbered 0', (d) => void (d.version.number = 0)],
  ['an organisation longer than a short field takes', (d) => void (d.content.organisation = 'x'.repeat(FIELD_LIMITS.short + 1))],
  ['a commitment longer than a title takes', (d) => void (d.content.commitments[0]!.description = 'x'.repeat(FIELD_LIMITS.title + 1))],
  ['a glossary definition longer than a long field takes', (d) => void (d.content.definitions.glossary[0]!.definition = 'x'.repeat(FIELD_LIMITS.long + 1))],
  ['a signature’s place longer than a short field takes', (d) => void (d.signatures[0]!.place = 'x'.repeat(FIELD_LIMITS.short + 1))]
]

describe('what the data part of an SLA’s Word file may hold', () => {
  it.each(refusals)('refuses %s as not from the app', async (_name, change) => {
    const bytes = edited(await signedFile(), changeData(change))
    expect(await readSlaDocx(bytes)).toEqual({ kind: 'notFromApp', reason: 'invalidData' })
  })

  it('reads an SLA with every text at its field’s limit back unchanged, in the current format', async () => {
    const input = slaInputAtLimits(await signedSlaInput('de', contentAtLimits(slaContent('de'))))
    const reading = expectSla(await readSlaDocx(await exportSlaDocx(input)))
    expect(reading).toMatchObject({ integrity: 'unchanged', reasons: [], data: { formatVersion: 3 } })
    expect(reading.data.content).toEqual(input.content)
  })

  it('writes an SLA that holds a text typed before the limits in the format from before them, and reads it back unchanged', async () => {
    const content = { ...slaContent('de'), organisation: 'Müller '.repeat(1000) }
    const reading = expectSla(await readSlaDocx(await exportSlaDocx(await signedSlaInput('de', content))))
    expect(reading).toMatchObject({ integrity: 'unchanged', reasons: [], data: { formatVersion: 2 } })
    expect(reading.data.content.organisation).toBe(content.organisation)
  })

  it('reads texts as long as earlier versions kept them in a file of an older format, but nothing longer, and no bad id', async () => {
    const older = (change: (data: SlaDocxData) => void) => changeData((data) => {
      data.formatVersion = 2
      change(data)
    })
    const long = edited(await signedFile(), older((d) => void (d.content.organisation = 'x'.repeat(TEXT_BEFORE_LIMITS))))
    expect(expectSla(await readSlaDocx(long)).data.content.organisation).toHaveLength(TEXT_BEFORE_LIMITS)
    const longer = edited(await signedFile(), older((d) => void (d.content.organisation = 'x'.repeat(TEXT_BEFORE_LIMITS + 1))))
    expect(await readSlaDocx(longer)).toEqual({ kind: 'notFromApp', reason: 'invalidData' })
    const badId = edited(await signedFile(), older((d) => void (d.content.targets[0]!.id = 'a b')))
    expect(await readSlaDocx(badId)).toEqual({ kind: 'notFromApp', reason: 'invalidData' })
  })
})
