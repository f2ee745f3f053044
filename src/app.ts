import '@/adapters/accessibility' // 第一个：小程序的读屏属性要在第一次渲染前登记
import { PropsWithChildren, useEffect } from 'react'
import { appStore } from '@/adapters/storage'
import { refreshHolidayCalendar } from '@/services/holidayUpdates'
import './app.css'

/** 应用外壳：渲染页面；启动时在后台取回新公布的放假安排（取不到就用内置的）。入口参数由首页读取。 */
function App({ children }: PropsWithChildren) {
  useEffect(() => { void refreshHolidayCalendar(appStore()) }, [])
  return children
}

export default App
