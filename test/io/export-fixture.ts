// A tiny hand-checkable LinkedIn export (every file of a Basic export, the quirks of real ones) and
// helpers to pack it as a zip, a nested-folder zip or a gzip of the zip. Drawn:
//
//   owner: Odile (https://www.linkedin.com/in/odile-m), 5 connections: ada, bruno, chloé (slug
//   percent-encoded in Connections.csv, decoded elsewhere), dario, one hidden member (date only).
//   messages: ada ⇄ odile (2 sent, 1 received: known), odile → bruno (one way), group chat with
//   chloé and dario, a draft to dario, a sponsored `LinkedIn Member` message.
//   invitations: odile → ada (note, accepted), odile → eve (note, pending), odile → dario (no note,
//   accepted), odile → fay (no note, pending), bruno → odile (no note, accepted), gus → odile (note).

import { gzipSync, strToU8, zipSync } from 'fflate';

/** The marker placed in every message's content and subject: it must never come out. */
export const MARKER = 'SECRET-MARKER-7f3a9';

const url = (slug: string): string => `https://www.linkedin.com/in/${slug}`;

export const FILES: Record<string, string> = {
  'Connections.csv': [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    `Ada,Lovelace,${url('ada')},,Quillstack,Engineer,20 Nov 2026`,
    `Bruno,Silva,${url('bruno')},,Ledgerline Bank,Analyst,20 Nov 2026`,
    `Chloé,Çelik,${url('chlo%C3%A9-%C3%A7elik')},,Quillstack,CTO,03 Mar 2026`,
    `Dario,Moreau,${url('dario')},,"Harbor & Finch, Inc.",Manager,15 Jan 2026`,
    ',,,,,,10 Jan 2026',
  ].join('\n'),
  'Invitations.csv': [
    'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl',
    `Odile Marchetti,Ada Lovelace,"11/19/26, 9:00 AM","Hi Ada, ${MARKER} note",OUTGOING,${url('odile-m')},${url('ada')}`,
    `Odile Marchetti,Eve Abbott,"11/18/26, 9:00 AM",Hello Eve,OUTGOING,${url('odile-m')},${url('eve')}`,
    `Odile Marchetti,Dario Moreau,"1/14/26, 9:00 AM",,OUTGOING,${url('odile-m')},${url('dario')}`,
    `Odile Marchetti,Fay Xu,"1/13/26, 9:00 AM",,OUTGOING,${url('odile-m')},${url('fay')}`,
    `Bruno Silva,Odile Marchetti,"11/19/26, 8:00 AM",,INCOMING,${url('bruno')},${url('odile-m')}`,
    `Gus Varga,Odile Marchetti,"11/17/26, 8:00 AM","Dear Odile,\nlet us connect",INCOMING,${url('gus')},${url('odile-m')}`,
  ].join('\n'),
  'messages.csv': [
    'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT',
    `c1,,Odile Marchetti,${url('odile-m')},Ada Lovelace,${url('ada')},2026-11-21 10:00:00 UTC,${MARKER} subject,"<p>${MARKER}, hello</p>",INBOX,,No`,
    `c1,,Ada Lovelace,${url('ada')},Odile Marchetti,${url('odile-m')},2026-11-21 11:00:00 UTC,,"${MARKER}\nreply",INBOX,,No`,
    `c1,,Odile Marchetti,${url('odile-m')},Ada Lovelace,${url('ada')},2026-11-22 09:00:00 UTC,,${MARKER},INBOX,,No`,
    `c2,,Odile Marchetti,${url('odile-m')},Bruno Silva,${url('bruno')},2026-11-21 12:00:00 UTC,,${MARKER},SENT,,No`,
    `c3,Team,Chloé Çelik,${url('chloé-çelik')},"Odile Marchetti, Dario Moreau","${url('odile-m')},${url('dario')}",2026-03-04 08:00:00 UTC,,${MARKER},INBOX,,No`,
    `c3,Team,Odile Marchetti,${url('odile-m')},"Chloé Çelik, Dario Moreau","${url('chloé-çelik')},${url('dario')}",2026-03-04 09:00:00 UTC,,${MARKER},INBOX,,No`,
    `c4,,Odile Marchetti,${url('odile-m')},Dario Moreau,${url('dario')},2026-03-05 09:00:00 UTC,,${MARKER} draft,DRAFT,,Yes`,
    `c5,,LinkedIn Member,,Odile Marchetti,${url('odile-m')},2026-02-01 09:00:00 UTC,${MARKER},${MARKER},INBOX,,No`,
    `c2,,Bruno Silva,,Odile Marchetti,,2026-11-23 09:00:00 UTC,,,INBOX,,No`,
  ].join('\n'),
  'Profile.csv': [
    'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers',
    `Odile,Marchetti,,,,CTO at Quillstack,"${MARKER} summary",Software Development,,"Lyon, France",,,`,
  ].join('\n'),
  'Positions.csv': [
    'Company Name,Title,Description,Location,Started On,Finished On',
    `Quillstack,CTO,"${MARKER} description","Lyon, France",Mar 2021,`,
    'Brightlattice,Engineer,,Paris,Jan 2015,Feb 2021',
  ].join('\n'),
  'Endorsement_Received_Info.csv': [
    'Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status',
    '2026/01/02 10:00:00 UTC,Graphs,Ada,Lovelace,www.linkedin.com/in/ada,ACCEPTED',
  ].join('\n'),
  'Company Follows.csv': ['Organization,Followed On', 'Quillstack,Tue Dec 05 17:57:10 UTC 2023'].join('\n'),
  'Contacts.csv': [
    'Source,FirstName,LastName,Companies,Title,Emails,PhoneNumbers',
    'Phone,Zed,Private,,,zed@example.com,+33 1 23 45 67 89',
  ].join('\n'),
};

/** The owner's profile URL in the fixture. */
export const OWNER = url('odile-m');

/** The fixture as `{ name → bytes }` under an optional folder. */
export function fileMap(folder = '', files: Record<string, string> = FILES): Record<string, Uint8Array> {
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [`${folder}${name}`, strToU8(text)]));
}

/** The fixture as zip bytes, optionally nested in a folder. */
export function zipOf(folder = '', files: Record<string, string> = FILES): Uint8Array {
  return zipSync(fileMap(folder, files));
}

/** A gzip of the zip. */
export function gzipOfZip(files: Record<string, string> = FILES): Uint8Array {
  return gzipSync(zipOf('', files));
}
