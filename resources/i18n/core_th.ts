<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
  <context>
    <name>EventDialog</name>
    <message>
      <source>Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>First day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the seminar a title.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New seminar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Objectives</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Province</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The last day cannot be before the first day.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Venue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. Seminar on community financial organisations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>short code, e.g. south-2550 (optional)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FirstStartDialog</name>
    <message>
      <source>Create a seminar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Explore the demo seminar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import an invitation list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Later</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Office name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Organiser keeps your seminars on this computer: people, registration at the venue, the agenda, memoranda of cooperation and follow-up plans. It works without internet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Please enter your office's name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Province</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Welcome to Organiser</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You can change these later in Settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. Southern regional office</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <source>Actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose one in the toolbar, or create a seminar.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create a seminar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Current seminar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Explore the demo seminar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How would you like to start?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import an invitation list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In this data folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Memoranda</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No seminar chosen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing is due.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Organisations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>People</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plans</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reminders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seminars</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your office</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{dates} · {venue}
{registered} registered · {checked} checked in on the first day</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ListPage</name>
    <message>
      <source>Filter…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{shown} of {n} rows</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Follow the system</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name of this desk (laptop)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Office name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Province</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. Desk 1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>organiser</name>
    <message>
      <source>'{ref}' matches {n} events; type more of the id.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Academic institution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An event needs a title.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Another event already uses the code '{code}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup written to {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Blocked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Break</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Closing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Command line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Community enterprise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Community welfare fund</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Confirmed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cooperative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Coordinator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Database: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Declined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Demo seminar created in {folder}: {people} people, {orgs} organisations, {sessions} sessions.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Draft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dropped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Error: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Facilitator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fulfilled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Government agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Group work</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Guest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In force</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Invited</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Local administration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Main hall</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>NGO</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No event matches '{ref}'. See 'organiser events list'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No event was named.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No events yet. Create one in the app, or run 'organiser demo'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not fulfilled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note-taker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Observer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opening</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Organiser: seminars of community financial organisations, from invitation to follow-up.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Panel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Panelist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Participant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Planned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Planning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plenary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problem: {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Provincial guideline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>QR scan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Regional work plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Registered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Registration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Savings group</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Schema revision: {rev}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Speaker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>State bank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stopped; nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Talk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Team plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Terminated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The database is sound.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The event cannot end before it starts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This data folder already has data; use --force to add the demo seminar anyway.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Travel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Village fund</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Walk-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>add the demo even if the data folder has data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>check the database thoroughly and report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>fill the data folder with the demo seminar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>language of the interface and of messages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>list events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>make a verified backup of the database now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>print JSON only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>seminars and other events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the data folder (default: $ORGANISER_DATA_DIR or the per-user data folder)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the data folder to use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>write a document: agenda, sign-in sheet, badges, memorandum, plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>write the backup to this file instead</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
