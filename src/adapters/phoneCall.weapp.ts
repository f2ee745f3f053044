/**
 * 拨打电话（小程序）：wx.makePhoneCall 弹出系统拨号确认；用户取消不算错误。
 */
import Taro from '@tarojs/taro'

export function callPhone(number: string): void {
  void Taro.makePhoneCall({ phoneNumber: number }).catch(() => undefined)
}
