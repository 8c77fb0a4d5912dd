// Text of signing in and out and of the signed-in user's box, in Chinese (default) and English.
// Role names come from the vocabulary.
export const zh = {
  signIn: {
    title: '登录', intro: '请使用您的账号登录。', user: '用户名', password: '密码', submit: '登录', busy: '正在登录…',
    missing: '请输入用户名和密码。',
    wrong: '用户名或密码不正确，或账号已停用。',
    locked: '登录失败次数过多，账号已锁定，请在 {time} 之后再试。',
    lockedSoon: '登录失败次数过多，账号已暂时锁定，请稍后再试。',
    rateLimited: '登录尝试过于频繁，请一分钟后再试。',
    failed: '登录失败：{reason}',
    unreachable: '无法确认登录状态：{reason}',
    ended: '登录已失效（会话结束或账号已停用），请重新登录。',
    signedOut: '您已退出登录。',
    note: '首次启动时生成的管理员密码和演示账号保存在服务器的 .firemap/ 目录中。',
  },
  account: {
    label: '当前用户', signOut: '退出登录', signOutTitle: '退出登录并回到登录页面', signingOut: '正在退出…',
    signOutFailed: '退出失败，请重试',
  },
};

export const en = {
  signIn: {
    title: 'Sign in', intro: 'Sign in with your account.', user: 'User name', password: 'Password', submit: 'Sign in',
    busy: 'Signing in…',
    missing: 'Enter your user name and password.',
    wrong: 'The user name or password is wrong, or the account is disabled.',
    locked: 'Too many failed sign-ins: the account is locked until {time}.',
    lockedSoon: 'Too many failed sign-ins: the account is locked for a while. Try again later.',
    rateLimited: 'Too many sign-in attempts. Try again in a minute.',
    failed: 'Could not sign in: {reason}',
    unreachable: 'Could not check who is signed in: {reason}',
    ended: 'Your session has ended (signed out, expired, or the account was disabled). Sign in again.',
    signedOut: 'You have signed out.',
    note: 'The administrator password and the demo accounts made at first start are in the server\'s .firemap/ folder.',
  },
  account: {
    label: 'Signed in', signOut: 'Sign out', signOutTitle: 'Sign out and return to the sign-in page', signingOut: 'Signing out…',
    signOutFailed: 'Could not sign out; try again',
  },
};
