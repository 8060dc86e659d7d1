import { useTranslation } from 'react-i18next'
import { HOLIDAY_REGIONS } from '../../../shared/domain/holidays'
import { holidayRegionOf } from '../../../shared/domain/review-plan'
import type { Workshop } from '../../../shared/domain/workshop'
import { setHolidayRegion } from '../../db/review-plan-repo'
import { SelectField } from '../../ui/fields'

/**
 * The workshop's federal state: the one fact its review dates and the SLA's business hours take
 * their public holidays from (issue 12 §4). Chosen in the workshop details and, where the room
 * talks about business hours, in step 4.
 */
export function HolidayRegionField({ workshop, className }: { workshop: Workshop; className?: string }) {
  const { t } = useTranslation()
  return (
    <SelectField
      label={t('reviewPlan.region')}
      hint={t('reviewPlan.regionHint')}
      value={holidayRegionOf(workshop)}
      options={HOLIDAY_REGIONS.map((region) => ({ value: region, label: t(`reviewPlan.regions.${region}`) }))}
      onSave={(region) => setHolidayRegion(workshop.id, region)}
      className={className}
    />
  )
}
