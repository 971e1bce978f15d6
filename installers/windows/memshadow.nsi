; MEMSHADOW for Windows: a per-user installer (no administrator rights) for the onedir bundle.
;   makensis /DVERSION=0.1.0 /DBUNDLE=..\..\dist\memshadow-desktop /DOUTFILE=..\..\dist\MEMSHADOW-0.1.0-win64.exe memshadow.nsi
; scripts\build_windows.ps1 runs it after PyInstaller; CI compiles it against a stub payload
; (installers/windows/check_nsis.sh) so that script errors fail the build.
Unicode true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef BUNDLE
  !define BUNDLE "..\..\dist\memshadow-desktop"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\MEMSHADOW-${VERSION}-win64.exe"
!endif
!define APPNAME "MEMSHADOW"
!define EXE "memshadow-desktop.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\MEMSHADOW"
!define RUN_KEY "Software\Microsoft\Windows\CurrentVersion\Run"

!include "MUI2.nsh"
!include "FileFunc.nsh"

Name "${APPNAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\MEMSHADOW"
InstallDirRegKey HKCU "Software\MEMSHADOW" "InstallDir"
!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Spanish"
!insertmacro MUI_LANGUAGE "Japanese"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APPNAME} installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "The MEMSHADOW developers"

Section "MEMSHADOW" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*.*"
  WriteRegStr HKCU "Software\MEMSHADOW" "InstallDir" "$INSTDIR"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\MEMSHADOW"
  CreateShortcut "$SMPROGRAMS\MEMSHADOW\MEMSHADOW.lnk" "$INSTDIR\${EXE}"
  CreateShortcut "$SMPROGRAMS\MEMSHADOW\Uninstall MEMSHADOW.lnk" "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "The MEMSHADOW developers"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

; Optional, off by default: the same entry the app's Preferences write (core/devices/autostart.py).
Section /o "Start MEMSHADOW when I sign in" SecLogin
  WriteRegStr HKCU "${RUN_KEY}" "MEMSHADOW" '"$INSTDIR\${EXE}" --background'
SectionEnd

LangString DESC_App ${LANG_ENGLISH} "The app, its command line (memshadow.exe) and the embedding model."
LangString DESC_Login ${LANG_ENGLISH} "Start in the notification area when you sign in."
LangString DESC_App ${LANG_GERMAN} "Die App, ihre Befehlszeile (memshadow.exe) und das Einbettungsmodell."
LangString DESC_Login ${LANG_GERMAN} "Beim Anmelden im Infobereich starten."
LangString DESC_App ${LANG_FRENCH} "L'application, sa ligne de commande (memshadow.exe) et le modèle d'embeddings."
LangString DESC_Login ${LANG_FRENCH} "Démarrer dans la zone de notification à l'ouverture de session."
LangString DESC_App ${LANG_SPANISH} "La aplicación, su línea de comandos (memshadow.exe) y el modelo de embeddings."
LangString DESC_Login ${LANG_SPANISH} "Iniciar en el área de notificación al iniciar sesión."
LangString DESC_App ${LANG_JAPANESE} "アプリ、コマンドライン (memshadow.exe)、埋め込みモデル。"
LangString DESC_Login ${LANG_JAPANESE} "サインイン時に通知領域で起動します。"
!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} $(DESC_App)
  !insertmacro MUI_DESCRIPTION_TEXT ${SecLogin} $(DESC_Login)
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "Uninstall"
  DeleteRegValue HKCU "${RUN_KEY}" "MEMSHADOW"
  Delete "$SMPROGRAMS\MEMSHADOW\MEMSHADOW.lnk"
  Delete "$SMPROGRAMS\MEMSHADOW\Uninstall MEMSHADOW.lnk"
  RMDir "$SMPROGRAMS\MEMSHADOW"
  ; the bundle only: the vault, settings and models live in the user's data folders
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\memshadow-desktop.exe"
  Delete "$INSTDIR\memshadow.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
  DeleteRegKey HKCU "Software\MEMSHADOW"
SectionEnd
