/**
 * A commenter's name, with their role (e.g. "Schülerin der 7b") shown on tap or hover only, as a real
 * feed shows no captions beside every name. The role stays in the text for screen readers at all
 * times (visually hidden until shown); the button only toggles what the eye sees.
 */
import { useState } from 'react';
import './persona-name.css';

export function PersonaName({ name, role }: { name: string; role: string }) {
  const [open, setOpen] = useState(false);
  return (
    <span className={open ? 'sim-who sim-who-open' : 'sim-who'}>
      <button type="button" className="sim-who-name" aria-expanded={open} onClick={() => setOpen(!open)}>
        <strong>{name}</strong>
      </button>
      {/* A comma for screen readers, which read name and role as one phrase. */}
      <span className="visually-hidden">, </span>
      <span className="sim-role sim-role-tip">{role}</span>
    </span>
  );
}
