import { defineAsyncComponent, type Component } from 'vue'

/**
 * Sections another module adds to the case file for cases of one kind (a dispute's parties and agreement, a
 * petition's holding and visits). Each section gets the case as its `item` prop and may emit `changed` to reload
 * the case. Loaded only when a case of that kind opens. A module adds its entry at the end.
 */
type Loader = () => Promise<Component | { default: Component }>

const sections: Record<string, Loader[]> = {
  DISPUTE: [() => import('@/modules/mediation/components/dispute-file.vue')],
  PETITION: [() => import('@/modules/petition/components/petition-file.vue')],
}

const loaded = new Map<Loader, Component>()

export function sectionsFor(kind: string): Component[] {
  return (sections[kind] ?? []).map((load) => {
    let component = loaded.get(load)
    if (!component) {
      component = defineAsyncComponent(load)
      loaded.set(load, component)
    }
    return component
  })
}
