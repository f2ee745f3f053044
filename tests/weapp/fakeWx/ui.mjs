/**
 * The interface APIs. A modal waits for the test to answer it (`app.answerModal(true)`), like a
 * person reading it; toasts and loading indicators are recorded so a journey can read them.
 */
export function createUi(kit, later) {
  const state = { modal: null, toast: null, loading: null, title: null }
  const apis = {
    showModal: kit.asyncApi('showModal', (options) => kit.waitForUser(new Promise((resolve) => {
      state.modal = { title: options.title ?? '', content: options.content ?? '', confirmText: options.confirmText ?? '确定', cancelText: options.cancelText ?? '取消', showCancel: options.showCancel !== false, answer: resolve }
    }))),
    showToast: kit.asyncApi('showToast', (options) => {
      state.toast = { title: options.title, icon: options.icon ?? 'success' }
      later(() => { state.toast = null }, options.duration ?? 1500)
    }),
    hideToast: kit.asyncApi('hideToast', () => { state.toast = null }),
    showLoading: kit.asyncApi('showLoading', (options) => { state.loading = { title: options.title } }),
    hideLoading: kit.asyncApi('hideLoading', () => { state.loading = null }),
    showActionSheet: kit.asyncApi('showActionSheet', () => { throw { errMsg: 'showActionSheet:fail cancel' } }),
    setNavigationBarTitle: kit.asyncApi('setNavigationBarTitle', (options) => { state.title = options.title }),
    setNavigationBarColor: kit.asyncApi('setNavigationBarColor', () => undefined),
    pageScrollTo: kit.asyncApi('pageScrollTo', () => undefined),
    stopPullDownRefresh: kit.asyncApi('stopPullDownRefresh', () => undefined),
    vibrateShort: kit.asyncApi('vibrateShort', () => undefined),
    hideKeyboard: kit.asyncApi('hideKeyboard', () => undefined),
    nextTick: kit.syncApi('nextTick', (fn) => later(fn), { record: false })
  }
  /** The person taps 确定 (true) or 取消 (false) on the open modal. */
  function answerModal(confirm) {
    const modal = state.modal
    if (!modal) throw new Error('no modal is open')
    state.modal = null
    modal.answer({ confirm, cancel: !confirm, content: null })
  }
  return { state, apis, answerModal }
}
