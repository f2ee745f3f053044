import { findByTestId, tap, waitFor } from '../support/taroApp'
import { detailOf, openAt, seed, served0916 } from './helpers'

/**
 * In its own file: app instances mounted one after another in one jsdom share the hash router, and a tap on a page
 * an earlier test opened at the same URL could land on the older instance (the 民终 test is separate for the same reason).
 */

/** The element with this test id inside `root`, once it is there. */
async function within(root: Element | null, testId: string): Promise<HTMLElement> {
  let found: HTMLElement | null = null
  await waitFor(() => {
    found = root?.querySelector<HTMLElement>(`[data-testid="${testId}"]`) ?? null
    expect(found).not.toBeNull()
  })
  return found as unknown as HTMLElement
}

describe('a citation on the case page', () => {
  test('a citation is a button with its name and whether its text is open', async () => {
    seed(served0916)
    await openAt(detailOf('case-1'))
    const fold = await findByTestId('fold-basis-answer')
    expect([fold.getAttribute('role'), fold.getAttribute('aria-expanded')]).toEqual(['button', 'false'])
    tap(fold)
    // The citations open under this toggle.
    const citation = await within(fold.parentElement, 'basis-answer-0')
    expect([citation.getAttribute('role'), citation.getAttribute('aria-role'), citation.getAttribute('aria-label'), citation.getAttribute('aria-expanded')])
      .toEqual(['button', 'button', '《民事诉讼法第一百二十八条》', 'false'])
    tap(citation)
    // The citation right above the opened text says it is open.
    await waitFor(() => expect(citation.getAttribute('aria-expanded')).toBe('true'))
    expect(citation.nextElementSibling?.getAttribute('data-testid')).toBe('law-text-answer-0')
  })

})
