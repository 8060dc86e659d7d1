import type { OpenItem } from '../domain/sla'
import { isStepId, periodName, teamName } from './names'
import type { Formats } from './locale-format'
import type { DocTexts } from './texts'

/**
 * The sentence for an open item of a signed version (SPEC §4 "the open items are listed in the
 * document"), meaning the same as the UI's sla.findings text for its code. The params come from
 * a stored record or a Word file, so each is read defensively: a missing one prints as empty, an
 * unknown code still prints, never throws.
 */
export function openItemText(item: OpenItem, texts: DocTexts, formats: Formats): string {
  const f = texts.sla.findings
  const param = (key: string): string => {
    const value = item.params[key]
    return typeof value === 'number' ? formats.number(value) : typeof value === 'string' ? value : ''
  }
  const raw = (key: string): string => String(item.params[key] ?? '')
  switch (item.code) {
    case 'noMarketingSignatory':
      return f.noMarketingSignatory
    case 'noSalesSignatory':
      return f.noSalesSignatory
    case 'signatoryWithoutName':
      return f.signatoryWithoutName(param('position'), teamName(raw('team'), texts))
    case 'noSharedGoal':
      return f.noSharedGoal
    case 'stepNotCompleted': {
      const step = raw('step')
      return f.stepNotCompleted(isStepId(step) ? texts.minutes.steps[step] : step)
    }
    case 'noMqlDefinition':
      return f.noMqlDefinition
    case 'noSqlDefinition':
      return f.noSqlDefinition
    case 'noFirstContactCommitment':
      return f.noFirstContactCommitment
    case 'commitmentWithoutValue':
      return f.commitmentWithoutValue(param('description'))
    case 'raciNobodyResponsible':
      return f.raciNobodyResponsible(param('activity'))
    case 'raciSeveralAccountable':
      return f.raciSeveralAccountable(param('count'), param('activity'))
    case 'raciNoAccountable':
      return f.raciNoAccountable(param('activity'))
    case 'noTargets':
      return f.noTargets
    case 'targetWithoutTeam':
      return f.targetWithoutTeam(param('metric'), periodName(raw('period'), texts))
    case 'targetWithoutValue':
      return f.targetWithoutValue(param('metric'), periodName(raw('period'), texts))
    case 'governanceWithoutStartDate':
      return f.governanceWithoutStartDate
    case 'itemsNotAgreed':
      return f.itemsNotAgreed(f.listNames[raw('list')] ?? raw('list'), param('count'))
    case 'notAgreed':
      return f.notAgreed(f.parts[raw('part')] ?? raw('part'))
    default:
      return f.unknown(item.code)
  }
}
