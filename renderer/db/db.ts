import Dexie, { type DexieOptions, type EntityTable } from 'dexie'
import {
  signatureV4toV5,
  versionV5toV6,
  workshopV1toV2,
  workshopV3toV4,
  type SignatureV4,
  type SlaVersionV5,
  type WorkshopV1,
  type WorkshopV3
} from '../../shared/backup/record-migrations'
import type { Item } from '../../shared/domain/items'
import type { Review } from '../../shared/domain/review'
import type { RoomRecord } from '../../shared/domain/room-records'
import type { Signature, SlaVersion } from '../../shared/domain/sla'
import type { Participant, Workshop } from '../../shared/domain/workshop'
import { snapshotMiddleware } from './list-snapshot'
import { undoMiddleware } from './undo'

export const DATABASE_NAME = 'smarketing-studio'

/**
 * The one database. Schema versions are append-only: a new version is added below the last
 * one and never edits an earlier one, so a laptop that skipped a year of updates still upgrades.
 */
export class SmarketingDb extends Dexie {
  workshops!: EntityTable<Workshop, 'id'>
  participants!: EntityTable<Participant, 'id'>
  items!: EntityTable<Item, 'id'>
  slaVersions!: EntityTable<SlaVersion, 'id'>
  signatures!: EntityTable<Signature, 'id'>
  reviews!: EntityTable<Review, 'id'>
  roomAnswers!: EntityTable<RoomRecord, 'id'>

  constructor(name = DATABASE_NAME, options?: DexieOptions) {
    super(name, options)
    this.use(undoMiddleware)
    // A write to a table the list's first frame is read from makes its snapshot not count (list-snapshot.ts).
    this.use(snapshotMiddleware)
    this.version(1).stores({
      workshops: 'id, updatedAt, deletedAt',
      participants: 'id, workshopId',
      items: 'id, workshopId, [workshopId+list]'
    })
    // v2: step 4 — SLA versions and signatures; every workshop gets step 4's fields and examples.
    this.version(2)
      .stores({
        slaVersions: 'id, workshopId, [workshopId+number]',
        signatures: 'id, versionId, workshopId'
      })
      .upgrade(async (tx) => {
        const workshops = (await tx.table('workshops').toArray()) as WorkshopV1[]
        for (const old of workshops) {
          const { workshop, newItems } = workshopV1toV2(old)
          const existing = await tx.table('items').where('workshopId').equals(old.id).toArray()
          let order = existing.reduce((max: number, item: Item) => Math.max(max, item.order), 0)
          await tx.table('workshops').put(workshop)
          await tx.table('items').bulkAdd(
            newItems.map((seed) => ({ ...seed, id: crypto.randomUUID(), workshopId: old.id, order: ++order, status: 'proposed' }))
          )
        }
      })
    // v3: quarterly reviews of signed versions.
    this.version(3).stores({ reviews: 'id, workshopId, versionId' })
    // v4: the agenda (steps and breaks from a start time) on every workshop.
    this.version(4)
      .stores({})
      .upgrade(async (tx) => {
        const workshops = (await tx.table('workshops').toArray()) as Array<WorkshopV3 | Workshop>
        for (const old of workshops) if (!('agenda' in old)) await tx.table('workshops').put(workshopV3toV4(old))
      })
    // v5: a signature keeps its signer's name, so deleting or renaming a participant never changes a signed version.
    this.version(5)
      .stores({ signatures: 'id, versionId, workshopId, participantId' })
      .upgrade(async (tx) => {
        const versions = new Map<string, SlaVersion>(((await tx.table('slaVersions').toArray()) as SlaVersion[]).map((v) => [v.id, v]))
        const participants = (await tx.table('participants').toArray()) as Participant[]
        await tx
          .table('signatures')
          .toCollection()
          .modify((signature: Signature) => {
            if (typeof signature.signerName === 'string') return
            const upgraded = signatureV4toV5(signature as SignatureV4, versions.get(signature.versionId)?.content?.parties.signatories ?? null, participants)
            signature.signerName = upgraded.signerName
          })
      })
    // v6: a signed version carries its seal over content, number and signatures (sla-seal.ts).
    this.version(6)
      .stores({})
      .upgrade(async (tx) => {
        const signatures = (await tx.table('signatures').toArray()) as Signature[]
        const now = Date.now()
        await tx
          .table('slaVersions')
          .toCollection()
          .modify((version: SlaVersionV5 | SlaVersion) => {
            if ('seal' in version) return
            const { seal, sealedAt } = versionV5toV6(version, signatures.filter((s) => s.versionId === version.id), now)
            Object.assign(version, { seal, sealedAt })
          })
      })
    // v7: what the room's phones answered (issue 14 §5): ratings, cards, votes, agreements.
    this.version(7).stores({ roomAnswers: 'id, workshopId, [workshopId+kind]' })
  }
}

/** The schema version the last `this.version()` above declares (a test holds the two together). */
export const SCHEMA_VERSION = 7

let instance: SmarketingDb | undefined
const made = () => (instance ??= new SmarketingDb())

/**
 * The app's database, made on its first use rather than while the first page's code runs: Dexie
 * takes about 4 ms to declare the seven schema versions, and the list's first frame, drawn from
 * its snapshot, needs none of it (SPEC §9 start-up). Every operation on it is the instance's (a
 * spy in a test included), and its methods are bound to it, so Dexie sees one database however it
 * is reached.
 */
export const db: SmarketingDb = new Proxy({} as SmarketingDb, {
  get(_, key) {
    const database = made()
    const value: unknown = Reflect.get(database, key, database)
    // `on` is Dexie's registry of events: a function that carries the events as its properties.
    return typeof value === 'function' && key !== 'on' ? value.bind(database) : value
  },
  set: (_, key, value) => Reflect.set(made(), key, value),
  has: (_, key) => Reflect.has(made(), key),
  defineProperty: (_, key, descriptor) => Reflect.defineProperty(made(), key, descriptor),
  deleteProperty: (_, key) => Reflect.deleteProperty(made(), key),
  getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(made(), key),
  ownKeys: () => Reflect.ownKeys(made()),
  getPrototypeOf: () => Reflect.getPrototypeOf(made())
})

/** Which database and schema version a copy of its data belongs to; for the app's database, told without making it. */
export function schemaIdentity(database: SmarketingDb): string {
  return database === db ? `${DATABASE_NAME}/v${SCHEMA_VERSION}` : `${database.name}/v${database.verno}`
}

/**
 * Opens the database now rather than on the first query, so that opening overlaps the start of
 * the UI. A failure is not lost: Dexie gives the same error to every query, which tells it where
 * the person acts.
 */
export function openEarly(database: SmarketingDb = db): void {
  database.open().catch(() => undefined)
}
