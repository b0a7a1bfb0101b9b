/**
 * Departments and stations (every governance center and village committee is one), staff and their
 * field roles. Public API: {@link org.fengqiao.directory.Directory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.fengqiao.directory;
