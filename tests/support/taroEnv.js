// Taro 4 的页面路径只有在 TARO_ENV/TARO_PLATFORM 都设好时才会注册（taro-setup.md）。
process.env.TARO_ENV = 'h5'
process.env.TARO_PLATFORM = 'web'
