// The styles every section shares come first, so each feature's own rules follow them.
import '../../ui/surface.css'
import { useTranslation } from 'react-i18next'
import { isStepId, type StepId } from '../../../shared/domain/workshop'
import { itemsOf } from '../../../shared/domain/items'
import { SLA_STEPS } from '../../../shared/domain/sla-lock'
import { useUiStore } from '../../store/ui-store'
import { AwarenessStep } from '../steps/AwarenessStep'
import { ClosedLoopStep } from '../steps/ClosedLoopStep'
import { KeepAtItStep } from '../steps/KeepAtItStep'
import { LanguageStep } from '../steps/LanguageStep'
import { StepFrame } from '../steps/StepFrame'
import { SlaStep, VersionBanner } from '../sla/SlaStep'
import { useSla } from '../sla/useSla'
import { ReadOnly } from '../../ui/read-only'
import { useScrollToAnchor, useTopOfSection } from './useScrollToAnchor'
import { useCallback, useEffect, useMemo } from 'react'
import { useShortcuts } from './useShortcuts'
import { WorkshopTools } from './WorkshopTools'
import { ShortcutsDialog } from './ShortcutsDialog'
import { ParkingLot } from '../parking/ParkingLot'
import { useAudienceBroadcast } from '../audience/useAudienceBroadcast'
import { useFacilitatorFocus } from '../audience/useFacilitatorFocus'
import { usePlanStatus } from '../agenda/usePlanStatus'
import { platform } from '../../platform/platform'
import { timerOf, useTimerStore } from '../../store/timer-store'
import { useDisplayStore } from '../../store/display-store'
import { OverviewSection } from './OverviewSection'
import { ReviewsSection } from '../review/ReviewsSection'
import { useReviews } from '../review/useReviews'
import { StepNav } from './StepNav'
import { slaStatus } from '../../../shared/domain/sla-status'
import { useWorkshopData, type WorkshopData } from './useWorkshopData'
import { endRoomOf, resumeRoom } from '../room/room-session'
import { RoomSection } from '../room/RoomSection'
import { RoomViewSync } from '../room/RoomViewSync'
import { useProjectedRoom } from '../room/projected-room'
import { useUiLanguage } from '../../i18n/ui-language'
import './workshop.css'

const STEP_CONTENT: Record<Exclude<StepId, 'sla'>, (props: WorkshopData) => React.JSX.Element> = {
  awareness: AwarenessStep,
  closedLoop: ClosedLoopStep,
  language: LanguageStep,
  keepAtIt: KeepAtItStep
}

export function WorkshopScreen({ workshopId, section, tab }: { workshopId: string; section: string; tab?: string }) {
  const { t } = useTranslation()
  const data = useWorkshopData(workshopId)
  const sla = useSla(workshopId)
  const reviews = useReviews(workshopId)
  const navigate = useUiStore((s) => s.navigate)
  useScrollToAnchor(Boolean(data && sla))
  useTopOfSection(`${workshopId}/${section}`, Boolean(data && sla))
  // The room belongs to the open workshop: closing the workshop ends it (issue 14 §3).
  useEffect(() => () => endRoomOf(workshopId), [workshopId])
  // After a reload the room goes on (room-run.ts). A tick later: React's strict mode unmounts once at first, which would end it.
  useEffect(() => {
    const resume = setTimeout(() => resumeRoom(workshopId))
    return () => clearTimeout(resume)
  }, [workshopId])
  const audienceOpen = useUiStore((s) => s.audienceOpen)
  const setAudience = useUiStore((s) => s.setAudience)
  const blank = useUiStore((s) => s.audienceBlank)
  const toggleBlank = useUiStore((s) => s.toggleAudienceBlank)
  const scale = useDisplayStore((s) => s.scale)
  const contrast = useDisplayStore((s) => s.contrast)
  const currentStep = isStepId(section) ? section : null
  const timer = useTimerStore((s) => (currentStep ? timerOf(s.timers, workshopId, currentStep) : null))
  const timebox = currentStep && data ? data.workshop.steps[currentStep].timeboxMinutes : null

  const toggleAudience = useCallback(() => {
    if (audienceOpen) {
      setAudience(false)
      void platform.closeAudience()
    } else {
      setAudience(true)
      void platform.openAudience(workshopId)
    }
  }, [audienceOpen, setAudience, workshopId])
  const handlers = useMemo(() => ({ toggleAudience, toggleBlank }), [toggleAudience, toggleBlank])
  useShortcuts(workshopId, section, handlers)
  const focus = useFacilitatorFocus(section)
  const plan = usePlanStatus(data?.workshop)
  const room = useProjectedRoom(workshopId)
  const uiLanguage = useUiLanguage()
  const audienceState = useMemo(
    () => ({ workshopId, uiLanguage, section, blank, scale, contrast, timer, timeboxMinutes: timebox, focus, plan, room }),
    [workshopId, uiLanguage, section, blank, scale, contrast, timer, timebox, focus, plan, room]
  )
  useAudienceBroadcast(audienceState, setAudience)

  if (data === undefined || sla === undefined) return null
  if (data === null || data.workshop.deletedAt !== null) {
    return (
      <div className="card" role="alert">
        <p>{t('workshop.notFound')}</p>
        <button type="button" className="button" onClick={() => navigate({ screen: 'workshops' })}>
          {t('workshopList.backToList')}
        </button>
      </div>
    )
  }

  const step = isStepId(section) ? section : null
  const locked = sla.locked && step !== null && SLA_STEPS.has(step)
  let content: React.ReactNode = null
  if (step === 'sla') content = <SlaStep data={data} sla={sla} tab={tab} />
  else if (step) {
    const Content = STEP_CONTENT[step]
    content = (
      <>
        {locked && <VersionBanner data={data} sla={sla} />}
        <Content {...data} />
      </>
    )
  }
  return (
    <div className="workshop-layout">
      <RoomViewSync workshopId={workshopId} data={data} section={section} blank={blank} />
      <div className="workshop-side">
        <StepNav data={data} current={section} reviewPeriods={reviews?.map((r) => r.period) ?? []} reviewsOwed={slaStatus(sla.versions).signedOnce} />
        <WorkshopTools workshopId={workshopId} parked={itemsOf(data.items, 'parking').length} toggleAudience={toggleAudience} />
      </div>
      <ParkingLot workshopId={workshopId} items={data.items} section={section} />
      <ShortcutsDialog />
      <div className="workshop-content">
        {section === 'reviews' ? (
          <ReviewsSection data={data} sla={sla} reviewId={tab} />
        ) : section === 'room' ? (
          <RoomSection data={data} />
        ) : step ? (
          <ReadOnly when={locked}>
            <StepFrame step={step} data={data}>
              {content}
            </StepFrame>
          </ReadOnly>
        ) : (
          <OverviewSection {...data} />
        )}
      </div>
    </div>
  )
}
