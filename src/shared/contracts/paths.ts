import { Availability, BusyWeeksInput, CalendarImportInput } from '../paths.ts';
import { contract } from './contract.ts';

/** Learning paths: the person's week around client work (busy weeks, imported calendar). */
export const pathsContracts = {
  getAvailability: contract({
    method: 'get',
    path: '/api/paths/availability',
    tag: 'paths',
    summary: 'Your week around client work: busy weeks and the imported calendar (summary)',
    response: Availability,
  }),
  setBusyWeeks: contract({
    method: 'put',
    path: '/api/paths/availability/busy-weeks',
    tag: 'paths',
    summary:
      'Mark weeks busy (client crunch, holidays) with the hours left for learning (0 = none); replaces the list',
    body: BusyWeeksInput,
    response: Availability,
  }),
  importCalendar: contract({
    method: 'post',
    path: '/api/paths/availability/calendar',
    tag: 'paths',
    summary:
      'Import client commitments from an iCalendar file (`ics`) or URL (`url`); only busy times are kept, sessions go around them',
    body: CalendarImportInput,
    response: Availability,
    maxBody: 1_200_000,
  }),
  removeCalendar: contract({
    method: 'delete',
    path: '/api/paths/availability/calendar',
    tag: 'paths',
    summary: 'Forget the imported calendar',
    response: Availability,
  }),
};
