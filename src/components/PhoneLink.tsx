import { View } from '@tarojs/components'
import { callPhone } from '@/adapters/phoneCall'
import './PhoneLink.css'

interface PhoneLinkProps {
  /** 号码，如 '12348' */
  number: string
  /** 读屏和页面上显示的说明，如“法律援助热线 12348” */
  label: string
  testId?: string
}

/** 可以点的电话号码：小程序里弹出拨号确认，浏览器里打开 tel: 链接。 */
export function PhoneLink({ number, label, testId }: PhoneLinkProps) {
  return (
    <View className='phone-link' role='link' aria-role='link' aria-label={label} data-testid={testId} onClick={() => callPhone(number)}>
      {label}
    </View>
  )
}
