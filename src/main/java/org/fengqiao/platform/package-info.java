/**
 * Cross-cutting plumbing shared by every module: errors, the caller and its data scope,
 * paging, audit, imports, time, personal-data protection, coordinates and the embedded database.
 * It depends on no business module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.fengqiao.platform;
