; Inno Setup script: per-user installer for the one-folder bundle (no administrator rights).
;
;   iscc /DAppVersion=0.1.0 /DVariant=cpu /DSourceDir=..\..\dist\SubcontractAssist subcontract_assist.iss
;
; build_windows.ps1 runs it with these values; the installer lands in dist\.
; Installs into %LOCALAPPDATA%\Programs\SubcontractAssist, adds a Start-menu entry and an
; uninstaller (Settings > Apps). User data (drafts, settings) lives elsewhere and is kept.

#ifndef AppVersion
  #error Pass /DAppVersion=x.y.z (build_windows.ps1 reads it from __version__)
#endif
#ifndef Variant
  #define Variant "cpu"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\SubcontractAssist"
#endif
#define AppName "Subcontract Assist"
#define AppExe "SubcontractAssist.exe"

[Setup]
; AppId identifies the app for upgrades and the uninstaller: never change it.
AppId={{6C1E0B9A-4F2D-4C8E-9D55-2A7B3E1F0C42}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
; Per-user install: no UAC prompt, {autopf} resolves to %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\SubcontractAssist
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile=..\icons\subcontract-assist.ico
OutputDir=..\..\dist
OutputBaseFilename=SubcontractAssist-{#AppVersion}-windows-{#Variant}-setup
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
#if FileExists(AddBackslash(CompilerPath) + "Languages\Korean.isl")
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

