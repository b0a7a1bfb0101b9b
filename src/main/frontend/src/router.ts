import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { useSession } from './shared/session'
import { homeOf } from './shared/layout/menu'

const routes: RouteRecordRaw[] = [
  { path: '/login', component: () => import('./modules/auth/views/login-page.vue'), meta: { public: true } },
  {
    path: '/',
    component: () => import('./shared/layout/app-layout.vue'),
    children: [
      { path: '', name: 'home', redirect: () => homeOf(useSession().roles) },
      { path: 'cases', name: 'cases', component: () => import('./modules/cases/views/case-queue.vue') },
      { path: 'cases/:number', name: 'case', component: () => import('./modules/cases/views/case-file.vue'), props: true },
      { path: 'dashboard', name: 'dashboard', component: () => import('./modules/statistics/views/dashboard-page.vue') },
      { path: 'map', name: 'map', component: () => import('./modules/map/views/map-page.vue') },
      { path: 'admin/users', name: 'admin-users', component: () => import('./modules/admin/views/users-page.vue') },
      { path: 'admin/departments', name: 'admin-departments', component: () => import('./modules/admin/views/departments-page.vue') },
      { path: 'admin/categories', name: 'admin-categories', component: () => import('./modules/admin/views/categories-page.vue') },
      { path: 'admin/routing-rules', name: 'admin-routing-rules', component: () => import('./modules/admin/views/routing-rules-page.vue') },
      { path: 'admin/sla-policies', name: 'admin-sla-policies', component: () => import('./modules/admin/views/sla-policies-page.vue') },
      { path: 'admin/calendar', name: 'admin-calendar', component: () => import('./modules/admin/views/calendar-page.vue') },
      { path: 'admin/imports', name: 'admin-imports', component: () => import('./modules/admin/views/import-page.vue') },
      { path: ':pathMatch(.*)*', name: 'not-found', component: () => import('./shared/views/not-found-page.vue') },
      { path: 'workbench', name: 'workbench', component: () => import('./modules/cases/views/workbench-page.vue') },
      { path: 'intake', name: 'intake', component: () => import('./modules/cases/views/intake-page.vue') },
      { path: 'phone', name: 'phone', component: () => import('./modules/phone/views/phone-page.vue') },
      { path: 'admin/grids', name: 'admin-grids', component: () => import('./modules/admin/views/grids-page.vue') },
      { path: 'admin/audit', name: 'admin-audit', component: () => import('./modules/admin/views/audit-page.vue') },
      { path: 'special-populations', name: 'special-populations', component: () => import('./modules/special/views/special-list.vue') },
      { path: 'special-populations/:id', name: 'special-population', component: () => import('./modules/special/views/special-file.vue'), props: true },
      { path: 'follow-up', name: 'follow-up', component: () => import('./modules/special/views/follow-up-calendar.vue') },
      { path: 'phone/visits', name: 'phone-visits', component: () => import('./modules/special/views/visit-page.vue') },
      { path: 'phone/visits/:id', name: 'phone-visit', component: () => import('./modules/special/views/visit-page.vue'), props: true },
      { path: 'duty', name: 'duty', component: () => import('./modules/directory/views/duty-page.vue') },
      { path: 'people/residents', name: 'people-residents', component: () => import('./modules/people/views/resident-register.vue') },
      { path: 'people/residents/:id', name: 'people-resident', component: () => import('./modules/people/views/resident-page.vue'), props: true },
      { path: 'people/households', name: 'people-households', component: () => import('./modules/people/views/household-register.vue') },
      { path: 'people/import', name: 'people-import', component: () => import('./modules/people/views/people-import-page.vue') },
      { path: 'special-populations/new', name: 'special-population-new', component: () => import('./modules/special/views/file-form.vue') },
      { path: 'special-populations/:id/edit', name: 'special-population-edit', component: () => import('./modules/special/views/file-form.vue'), props: true },
      { path: 'special-populations/tables', name: 'special-population-tables', component: () => import('./modules/special/views/special-tables.vue') },
      { path: 'mediation/committees', name: 'mediation-committees', component: () => import('./modules/mediation/views/committees-page.vue') },
      { path: 'petitioners', name: 'petitioners', component: () => import('./modules/petition/views/petitioner-register.vue') },
      { path: 'screening', name: 'screening', component: () => import('./modules/screening/views/screening-board.vue') },
      { path: 'screening/:id', name: 'screening-round', component: () => import('./modules/screening/views/screening-board.vue'), props: true },
      { path: 'daily-reports', name: 'daily-report', component: () => import('./modules/reporting/views/daily-report-page.vue') },
      { path: 'daily-reports/month', name: 'daily-report-month', component: () => import('./modules/reporting/views/daily-month.vue') },
    ],
  },
  { path: '/offline', component: () => import('./modules/offline/views/offline-page.vue'), meta: { public: true } },
  // the case file on A4, without the menu (logged in: the guard below asks for the token)
  { path: '/cases/:number/print', name: 'case-print', component: () => import('./modules/cases/views/case-print.vue'), props: true },
  { path: '/cases/:number/agreement/print', name: 'agreement-print', component: () => import('./modules/mediation/views/agreement-print.vue'), props: true },
  { path: '/cases/:number/petition-print/:doc', name: 'petition-print', component: () => import('./modules/petition/views/petition-print.vue'), props: true },
]

export const router = createRouter({ history: createWebHistory(), routes })

router.beforeEach((to) => {
  const session = useSession()
  if (!to.meta.public && !session.token) return { path: '/login', query: { redirect: to.fullPath } }
  if (to.path === '/login' && session.token) return typeof to.query.redirect === 'string' ? to.query.redirect : '/'
  return true
})
