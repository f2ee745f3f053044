import { findByTestId } from '../support/taroApp'
import { detailOf, expectText, openAt, seed, served0916 } from './helpers'
import { makeCase } from '../storage/fixtures'

// Issue 20: a lost user looks for help on the home page and the case page.
describe('who to ask', () => {
  test('the home page, with no case yet, offers 12348 and 12368 as numbers to call and says where the court is asked', async () => {
    await openAt('/pages/index/index')
    await expectText('ask-12348', '12348 公共法律服务热线')
    expect((await findByTestId('ask-12348')).getAttribute('role')).toBe('link')
    await expectText('ask-12368', '12368')
    await expectText('ask-court', '承办法院的诉讼服务中心')
  })

  test('the case page names the case’s court', async () => {
    seed(served0916)
    await openAt(detailOf('case-1'))
    await expectText('ask-12348', '12348')
    await expectText('ask-court', '杭州互联网法院诉讼服务中心')
  })

  test('a case without a court falls back to the court on the summons', async () => {
    seed(makeCase(2, { court: undefined, procedure: 'ordinary', documents: ['complaint'], facts: { servedOn: '2026-09-16' } }))
    await openAt(detailOf('case-2'))
    await expectText('ask-court', '传票上的法院电话')
  })
})
