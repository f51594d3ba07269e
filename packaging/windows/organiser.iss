; Organiser: per-user Windows installer (Inno Setup 6).
;
; Build it with `python packaging\build.py` (see README.md here), which first builds the app folder
; with PyInstaller and then runs ISCC with /DAppVersion=<version from pyproject.toml>,
; /DSourceDir=<dist\organiser> and /DOutputDir=<dist>.
;
; Per user, no administrator rights: the app goes to %LOCALAPPDATA%\Programs\Organiser, the
; Start-menu entry to the user's own Start menu. Uninstalling removes exactly that and KEEPS the
; user's data folder %LOCALAPPDATA%\Organiser (database and backups), which is never listed below.

#ifndef AppVersion
  #error Pass /DAppVersion=<version>: run packaging\build.py, which reads it from pyproject.toml
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\organiser"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; The AppId identifies Organiser across versions (upgrades, uninstall): never change it.
AppId={{1678EB69-5217-486C-A187-EC5AAB78DD05}
AppName=Organiser
AppVersion={#AppVersion}
AppVerName=Organiser {#AppVersion}
AppPublisher=Organiser
AppComments=Seminars of community financial organisations, from invitation to follow-up
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\Organiser
DefaultGroupName=Organiser
DisableProgramGroupPage=yes
DisableDirPage=auto
OutputDir={#OutputDir}
OutputBaseFilename=organiser-{#AppVersion}-windows-x64-setup
SetupIconFile=..\icons\organiser.ico
UninstallDisplayIcon={app}\Organiser.exe
UninstallDisplayName=Organiser
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running Organiser is asked to close before its files are replaced or removed.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundled libraries wholesale, so nothing of an older build lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; Organiser.exe (the window), organiser-cli.exe (the command line) and _internal\ (Python, Qt,
; fonts, translations, migrations): everything PyInstaller put into dist\organiser.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Organiser"; Filename: "{app}\Organiser.exe"; WorkingDir: "{app}"; Comment: "Seminars of community financial organisations"
Name: "{autodesktop}\Organiser"; Filename: "{app}\Organiser.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\Organiser.exe"; Description: "{cm:LaunchProgram,Organiser}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Python may leave caches next to the app; the user's data folder is elsewhere and stays.
Type: filesandordirs; Name: "{app}\_internal"
