import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { afterEach, describe, expect, it } from 'vitest'
import type { SlaState } from '../../../renderer/features/sla/useSla'
import { VersionsPanel } from '../../../renderer/features/sla/VersionsPanel'
import { exportSlaDocx } from '../../../shared/docx/index'
import type { FindingCode } from '../../../shared/domain/completeness'
import type { OpenItem, SlaVersion } from '../../../shared/domain/sla'
import { signedSlaInput } from '../../shared/docx/docx-fixtures'
import { part, textOf } from '../../shared/docx/docx-test-support'
import { completeDraft } from '../../shared/domain/sla-fixture'

/**
 * One vocabulary for the completeness findings (issue 11 §3): the versions list on screen and the
 * SLA document say the same sentence for every finding code, in both languages. The record type
 * makes a new code fail to compile here until it has a case.
 */
const EVERY_CODE: Record<FindingCode, OpenItem['params']> = {
  noMarketingSignatory: {},
  noSalesSignatory: {},
  signatoryWithoutName: { position: 2, role: 'CEO', team: 'sales' },
  noSharedGoal: {},
  stepNotCompleted: { step: 'language' },
  noMqlDefinition: {},
  noSqlDefinition: {},
  noFirstContactCommitment: {},
  commitmentWithoutValue: { position: 1, description: 'First call' },
  raciNobodyResponsible: { position: 1, activity: 'Handing over MQLs' },
  raciSeveralAccountable: { position: 1, activity: 'Revenue forecast', count: 2 },
  raciNoAccountable: { position: 3, activity: 'Lead scoring' },
  noTargets: {},
  targetWithoutTeam: { position: 1, metric: 'SQLs', period: 'quarter' },
  targetWithoutValue: { position: 2, metric: 'MQLs', period: 'month' },
  governanceWithoutStartDate: {},
  itemsNotAgreed: { list: 'target', count: 1234 },
  notAgreed: { part: 'stuckLeadRule' }
}
const openItems: OpenItem[] = Object.entries(EVERY_CODE).map(([code, params]) => ({ code, params }))

afterEach(async () => {
  await act(() => i18next.changeLanguage('en'))
})

async function documentText(language: 'de' | 'en'): Promise<string> {
  const input = await signedSlaInput(language)
  const bytes = await exportSlaDocx({ ...input, version: { ...input.version, openItems } })
  return textOf(part(bytes, 'word/document.xml')).replace(/\u00A0/g, ' ')
}

async function screenSentences(language: 'de' | 'en'): Promise<string[]> {
  await act(() => i18next.changeLanguage(language))
  const draft = completeDraft()
  const version: SlaVersion = {
    id: 'v1',
    workshopId: draft.workshop.id,
    number: 1,
    state: 'signed',
    createdAt: Date.UTC(2027, 0, 15, 9),
    content: null,
    fingerprint: null,
    signedAt: Date.UTC(2027, 0, 15, 15, 45),
    seal: null,
    sealedAt: null,
    openItems,
    openItemsConfirmed: true,
    amends: null,
    reviewId: null
  }
  const sla: SlaState = { versions: [version], current: version, previousSigned: undefined, signatures: [], locked: true, seals: {} }
  const { container } = render(<VersionsPanel data={draft} sla={sla} />)
  await userEvent.click(screen.getByText(language === 'de' ? /offenen Punkten/ : /open items/))
  return [...container.querySelectorAll('details li')].map((li) => (li.textContent ?? '').replace(/\u00A0/g, ' '))
}

describe('completeness findings: one vocabulary for the screen and the SLA document', () => {
  it.each(['de', 'en'] as const)('(%s) the versions list and the document say the same sentence for every code', async (language) => {
    const [onScreen, inDocument] = [await screenSentences(language), await documentText(language)]
    expect(onScreen).toHaveLength(openItems.length)
    for (const sentence of onScreen) {
      expect(inDocument).toContain(sentence)
      // Every code has its own sentence, with every blank filled.
      expect(sentence).not.toMatch(/Open item “|Offener Punkt „|undefined|\{\{/)
    }
    expect(new Set(onScreen).size).toBe(onScreen.length)
  })

  it('fills the blanks with the names and numbers of the language', async () => {
    const sentences = await screenSentences('de')
    expect(sentences).toContain('Die Vereinbarung hat kein Anfangsdatum.')
    expect(sentences).toContain('Schritt 3 Gemeinsame Sprache ist nicht als abgeschlossen markiert.')
    expect(sentences).toContain('Unterzeichnende Person Nr. 2 (Vertrieb) hat keinen Namen.')
    expect(sentences).toContain('Ziele: 1.234 noch nicht vereinbart.')
    expect(sentences).toContain('Das Ziel „MQLs“ (pro Monat) hat keinen Wert.')
    expect(sentences).toContain('Die Regel für hängende Leads ist noch nicht vereinbart.')
  })
})
