// One test per file: an app mounted earlier in the same file still answers hash changes (see detailEdit.test.tsx).
/** A date that does not exist is reported at its field, and what was typed stays in the draft. */
import { findByTestId, waitFor } from '../support/taroApp'
import { openAt, seed, served0916, typeInto } from './helpers'
import { taroStore } from '@/adapters/storage'
import { documentsKey } from '@/storage/documentStore'

/** The form re-renders the whole document on each keystroke; on a loaded machine that can take a while. */
async function slowText(testId: string, text: string): Promise<void> {
  await waitFor(() => expect(document.querySelector(`[data-testid="${testId}"]`)?.textContent ?? '').toContain(text), { timeout: 30_000 })
}

describe('documents', () => {
  test('a wrong date is reported at its field and what was typed stays', async () => {
    seed(served0916)
    await openAt('/documents/pages/edit/index?id=case-1&doc=evidence_extension')
    await findByTestId('party-form', 10_000)
    await typeInto('requestedUntil', '2026-10-40')
    await slowText('error-requestedUntil', '不是一个真实的日期')
    expect(JSON.stringify(taroStore.get(documentsKey('case-1')))).toContain('2026-10-40')
  })
})
