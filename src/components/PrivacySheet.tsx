import { Button as NativeButton, View } from '@tarojs/components'
import { useEffect, useRef, useSyncExternalStore } from 'react'
import { usePageHide, usePageShow } from '@/adapters/lifecycle'
import { AGREE_BUTTON_ID, privacyGate } from '@/adapters/privacy'
import { privacyText as p } from '@/i18n/privacy'
import './PrivacySheet.css'

/** While this page is shown, WeChat's privacy questions come to this sheet. */
function useSheetHost() {
  const release = useRef<(() => void) | null>(null)
  const show = () => { if (!release.current) release.current = privacyGate.showHost() }
  const hide = () => { release.current?.(); release.current = null }
  useEffect(() => { show(); return hide }, [])
  usePageShow(show)
  usePageHide(hide)
}

/**
 * 隐私授权弹层：微信在隐私接口第一次被调用时问我们，这里用平静的话说明要用什么、为什么用，
 * 给出完整指引的入口，同意或不同意都行（不同意只是这一项用不了）。
 * Render it once on every page whose taps reach a privacy API (see adapters/privacy.ts).
 * The agree button must be WeChat's own <button open-type="agreePrivacyAuthorization">: WeChat
 * checks that this button was tapped before it lets the held call go on.
 */
export function PrivacySheet() {
  useSheetHost()
  const state = useSyncExternalStore(privacyGate.subscribe, privacyGate.state)
  if (!state.request) return null
  const type = state.request.type
  return (
    <View className='privacy-sheet' data-testid='privacy-sheet' role='dialog' aria-modal>
      <View className='privacy-sheet__mask' />
      <View className='privacy-sheet__panel'>
        <View className='privacy-sheet__title' role='heading'>{p.sheet.title}</View>
        <View className='privacy-sheet__needs'>{type ? p.sheet.needs(p.types[type].name) : p.sheet.generic}</View>
        {type ? <View className='privacy-sheet__why'>{p.types[type].purpose}</View> : null}
        <View className='privacy-sheet__note'>{p.sheet.onlyOnTap}</View>
        <View className='privacy-sheet__link link' role='link' data-testid='privacy-guide' onClick={() => { void privacyGate.openContract() }}>
          {p.sheet.readGuide(state.contractName)}
        </View>
        <NativeButton
          id={AGREE_BUTTON_ID}
          className='privacy-sheet__agree btn btn--primary'
          data-testid='privacy-agree'
          openType='agreePrivacyAuthorization'
          onAgreePrivacyAuthorization={() => privacyGate.agree(AGREE_BUTTON_ID)}
        >
          {p.sheet.agree}
        </NativeButton>
        <View className='btn btn--secondary' data-testid='privacy-decline' onClick={() => privacyGate.decline()}>{p.sheet.decline}</View>
        <View className='privacy-sheet__note'>{p.sheet.declineNote}</View>
      </View>
    </View>
  )
}
