<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
  <context>
    <name>organiser</name>
    <message>
      <source>The backup could not be made: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The backup could not be verified: {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The backup could not be written to {folder}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The data folder {folder} cannot be used: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The data folder {folder} cannot be written to. Choose another folder or fix its permissions.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The database {path} is damaged ({problem}). Restore a backup with 'organiser restore'.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
