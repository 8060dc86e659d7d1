import { z } from 'zod'
import { CRM_CONCEPTS, CRM_PRESETS, type CrmMapping } from '../crm/mapping'
import { CRM_TEXT_LIMIT, MAX_STAGE_VALUES } from '../crm/stored'
import { MAX_REASONS } from '../crm/figures'
import type { ReviewCrmImport } from '../domain/review'
import { CLOCK_MODES, MAX_TIME_ZONE_LENGTH, TIME_ZONE_SHAPE } from '../domain/sla-clock'
import { timestampSchema } from './file-rules'
import { BACKUP_LIMITS as LIMITS } from './limits'

/**
 * What a workshop and a review keep of a CRM import (shared/crm/stored.ts), as a backup checks
 * it: strict objects, finite numbers, counts that are whole and not negative, texts of the file
 * within CRM_TEXT_LIMIT. Numbers are not cross-checked against each other: a backup is our own
 * file, and the figures are shown as kept.
 */
const text = z.string().max(CRM_TEXT_LIMIT)
const count = z.number().int().nonnegative()
const share = z.number().min(0).max(1).nullable()
const hours = z.number().nonnegative().nullable()
const instant = z.number().int()

export const crmMappingSchema: z.ZodType<CrmMapping> = z.strictObject({
  preset: z.enum(CRM_PRESETS).nullable(),
  columns: z.partialRecord(z.enum(CRM_CONCEPTS), text),
  stages: z.record(text, text.nullable()).refine((stages) => Object.keys(stages).length <= MAX_STAGE_VALUES, 'stages')
})

const span = z.strictObject({ mqls: count, measured: count, never: count, beforeMql: count, medianHours: hours, p90Hours: hours })
const stageCohort = z.strictObject({ base: count, advanced: count, share })

export const reviewCrmSchema: z.ZodType<ReviewCrmImport> = z.strictObject({
  fileName: text,
  importedAt: timestampSchema,
  rows: count,
  mapped: z.array(z.enum(CRM_CONCEPTS)).max(CRM_CONCEPTS.length),
  timeZone: z.string().max(MAX_TIME_ZONE_LENGTH).regex(TIME_ZONE_SHAPE, 'timeZone'),
  figures: z.strictObject({
    period: z.string().max(LIMITS.maxIdLength),
    from: instant,
    to: instant,
    exportedAt: instant,
    clockMode: z.enum(CLOCK_MODES),
    rows: count,
    mqls: z.strictObject({ count }),
    sqls: z.strictObject({ count }),
    customers: z.strictObject({ count }),
    revenue: z.strictObject({ sum: z.number(), withAmount: count, withoutAmount: count }),
    mqlToSql: z.strictObject({ mqls: count, becameSql: count, share }),
    leadToMql: stageCohort,
    sqlToCustomer: stageCohort,
    firstContact: span,
    acceptedOrRejected: span,
    commitments: z
      .array(
        z.strictObject({
          id: z.string().max(LIMITS.maxIdLength),
          span: z.enum(['firstContact', 'acceptedOrRejected']),
          hours: z.number().nonnegative(),
          within: count,
          shareOfAll: share,
          shareOfMeasured: share,
          measured: count,
          never: count
        })
      )
      .max(LIMITS.maxListLength),
    stuck: z.strictObject({ days: z.number().nonnegative(), count, mqls: count }).nullable(),
    rejections: z.strictObject({
      rejected: count,
      mqls: count,
      reasons: z.array(z.strictObject({ reason: text, count })).max(MAX_REASONS),
      otherReasons: count
    }),
    stages: z.array(z.strictObject({ stage: text.nullable(), count })).max(LIMITS.maxListLength + 1)
  })
})
