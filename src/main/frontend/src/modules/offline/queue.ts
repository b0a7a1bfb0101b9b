/**
 * The phone's offline reports (issue 12 §7): a report made without a connection is kept in IndexedDB with its
 * Idempotency-Key, its photos, when it was made and who made it, and sent when the connection returns and the same
 * user is logged in. A retry sends the same key and the same uploaded file ids, so the server never takes it in
 * twice (it keeps keys and unattached files 7 days). Entries older than that are kept and shown as expired, never
 * dropped silently. Plain IndexedDB: nothing here needs a token, so the waiting list is readable logged out.
 */
const DB = 'fengqiao-offline'
const STORE = 'reports'
export const MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000

export interface OfflinePhoto {
  name: string
  type: string
  blob: Blob
}

export type OfflineStatus = 'waiting' | 'failed'

export interface OfflineReport {
  key: string
  username: string
  /** ISO instant the report was made: sent as `occurredAt` */
  occurredAt: string
  /** the intake body without `attachments` and `occurredAt` */
  body: Record<string, unknown>
  photos: OfflinePhoto[]
  /** ids of the photos already uploaded, so a retry sends the same body */
  fileIds?: string[]
  status: OfflineStatus
  error?: string
}

/** What sending needs from the API: the one client's calls, errors as ApiError (status 0 for no connection). */
export interface OfflineSender {
  upload(photo: OfflinePhoto): Promise<{ id: string }>
  create(body: Record<string, unknown>, key: string): Promise<{ number: string }>
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' })
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
}

async function withStore<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open()
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode)
      const request = work(tx.objectStore(STORE))
      tx.oncomplete = () => resolve(request.result)
      tx.onerror = () => reject(tx.error)
      tx.onabort = () => reject(tx.error)
    })
  } finally {
    db.close()
  }
}

export function newKey(): string {
  return crypto.randomUUID()
}

export async function store(report: OfflineReport): Promise<void> {
  await withStore('readwrite', (s) => s.put(report))
}

export async function remove(key: string): Promise<void> {
  await withStore('readwrite', (s) => s.delete(key))
}

/** Every kept report, oldest first. */
export async function list(): Promise<OfflineReport[]> {
  const all = await withStore<OfflineReport[]>('readonly', (s) => s.getAll())
  return all.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt))
}

export function isExpired(report: OfflineReport, now = Date.now()): boolean {
  return now - Date.parse(report.occurredAt) > MAX_AGE_MS
}

/** True for an error that means "no connection": the fetch failed (ApiError status 0) or a TypeError from fetch. */
export function isNetworkError(error: unknown): boolean {
  const status = (error as { status?: number } | null)?.status
  return status === 0 || error instanceof TypeError
}

export interface SendResult {
  sent: string[]
  failed: number
}

let sending: Promise<SendResult> | null = null

/**
 * Sends the waiting, unexpired reports of this user, one at a time; only one run at a time (an `online` event
 * during a page load's run waits for it). No connection or a 401 stops the run and keeps the rest waiting; another
 * 4xx marks the entry failed with the server's message; a 5xx keeps it waiting.
 */
export function sendWaiting(username: string, api: OfflineSender, now = Date.now()): Promise<SendResult> {
  if (!sending) {
    sending = run(username, api, now).finally(() => {
      sending = null
    })
  }
  return sending
}

async function run(username: string, api: OfflineSender, now: number): Promise<SendResult> {
  const result: SendResult = { sent: [], failed: 0 }
  for (const report of await list()) {
    if (report.username !== username || report.status !== 'waiting' || isExpired(report, now)) continue
    try {
      if (!report.fileIds) {
        const ids: string[] = []
        for (const photo of report.photos) ids.push((await api.upload(photo)).id)
        report.fileIds = ids
        await store(report)
      }
      const created = await api.create({ ...report.body, attachments: report.fileIds, occurredAt: report.occurredAt },
        report.key)
      await remove(report.key)
      result.sent.push(created.number)
    } catch (error) {
      const status = (error as { status?: number }).status ?? 0
      if (isNetworkError(error) || status === 401) break
      if (status >= 400 && status < 500) {
        await store({ ...report, status: 'failed', error: (error as Error).message })
        result.failed++
      }
    }
  }
  return result
}
