import { View } from '@tarojs/components'
import { useEffect, useSyncExternalStore } from 'react'
import { Card } from '@/components/Card'
import { canOpenPrivacyContract, privacyGate } from '@/adapters/privacy'
import { privacyDeclarations } from '@/privacy/declaration'
import { privacyText as p } from '@/i18n/privacy'

/**
 * “会用到的手机权限”：逐条列出隐私声明里的信息类型和用途（与微信后台的用户隐私保护指引一致），
 * and, inside WeChat, a link to the full guide (wx.openPrivacyContract).
 */
export function PrivacyCard() {
  const state = useSyncExternalStore(privacyGate.subscribe, privacyGate.state)
  useEffect(() => { privacyGate.refreshSetting() }, [])
  return (
    <Card title={p.about.title} testId='about-privacy'>
      <View>{p.about.lead}</View>
      {privacyDeclarations.map((d) => (
        <View key={d.type} className='about-privacy__item' data-testid={`privacy-type-${d.type}`}>
          <View className='about-privacy__name'>{p.types[d.type].name}</View>
          <View>{p.types[d.type].purpose}</View>
        </View>
      ))}
      <View className='about-privacy__note'>{p.about.askFirst}</View>
      {canOpenPrivacyContract() ? (
        <View className='link about-privacy__link' role='link' data-testid='about-privacy-guide' onClick={() => { void privacyGate.openContract() }}>
          {p.about.readGuide(state.contractName)}
        </View>
      ) : null}
    </Card>
  )
}
