/**
 * Users, roles, login policy and tokens. It turns the logged-in user into a {@link org.fengqiao.platform.Caller}
 * with its {@link org.fengqiao.platform.DataScope}; other modules never call it to filter their data.
 * Public API: {@link org.fengqiao.identity.Accounts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.fengqiao.identity;
