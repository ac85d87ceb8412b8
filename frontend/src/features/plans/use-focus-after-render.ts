import { useEffect, useRef, useState } from 'react'

/**
 * Moves the focus to the element with an id as soon as a render has put it on the page: after a form closes, to the
 * button that opened it or to the action just saved (which appears once the list is fetched again), so that
 * keyboard and screen reader users keep their place.
 */
export function useFocusAfterRender() {
  const [target, setTarget] = useState<{ id: string } | null>(null)
  const done = useRef<{ id: string } | null>(null)
  useEffect(() => {
    if (!target || done.current === target) return
    const element = document.getElementById(target.id)
    if (!element) return
    done.current = target
    element.focus()
  })
  return (id: string) => setTarget({ id })
}
