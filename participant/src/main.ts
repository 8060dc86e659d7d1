import { roomSecret } from './where'
import './style.css'

/**
 * The participants' page (issue 14 §2) has two doors: under the room's secret (what the QR code
 * holds) the room itself; at the short address (`/`) the form that asks for the room code. Each
 * loads only its own part.
 */
if (roomSecret() === undefined) void import('./code-page')
else void import('./room-page')
