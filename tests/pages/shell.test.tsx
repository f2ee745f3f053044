import { AppTestUtils, findByTestId, tap, waitFor } from '../support/taroApp'

describe('the app shell', () => {
  test('the home page shows what the app does and the not-legal-advice line', async () => {
    await new AppTestUtils().createApp('/pages/index/index')
    const disclaimer = await findByTestId('disclaimer')
    expect(disclaimer.textContent).toContain('不构成法律意见')
    expect(document.body.textContent).toContain('收到法院的传票')
  })

  test('tapping the about entry opens the about page in its subpackage', async () => {
    await new AppTestUtils().createApp('/pages/index/index')
    tap(await findByTestId('open-about'))
    const data = await findByTestId('about-data')
    expect(data.textContent).toContain('只保存在你的手机上')
    await waitFor(() => expect(window.location.hash).toContain('/info/pages/about/index'))
  })
})
