import { PropsWithChildren } from 'react'
import './app.css'

/** 应用外壳：只负责渲染页面；入口参数（小程序码 scene）由首页读取。 */
function App({ children }: PropsWithChildren) {
  return children
}

export default App
