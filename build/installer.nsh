; Windows: "Open with Themata" for the article formats, without making Themata their default program.
; electron-builder's fileAssociations would make it the default (it writes the extension's own key), so
; these are listed only under each extension's OpenWithProgids, which the Open with menu reads.
; Keep the list in step with src/shared/import/formats.ts (src/main/services/builderConfig.test.ts checks).

!macro themataOpenWith EXT
  WriteRegStr SHCTX "Software\Classes\${EXT}\OpenWithProgids" "Themata.Article" ""
  WriteRegStr SHCTX "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}\SupportedTypes" "${EXT}" ""
!macroend

!macro themataNoOpenWith EXT
  DeleteRegValue SHCTX "Software\Classes\${EXT}\OpenWithProgids" "Themata.Article"
!macroend

!macro customInstall
  WriteRegStr SHCTX "Software\Classes\Themata.Article" "" "Article"
  WriteRegStr SHCTX "Software\Classes\Themata.Article\DefaultIcon" "" "$INSTDIR\${APP_EXECUTABLE_FILENAME},0"
  WriteRegStr SHCTX "Software\Classes\Themata.Article\shell\open\command" "" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}" "%1"'
  WriteRegStr SHCTX "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}\shell\open\command" "" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}" "%1"'
  !insertmacro themataOpenWith ".txt"
  !insertmacro themataOpenWith ".text"
  !insertmacro themataOpenWith ".md"
  !insertmacro themataOpenWith ".markdown"
  !insertmacro themataOpenWith ".html"
  !insertmacro themataOpenWith ".htm"
  !insertmacro themataOpenWith ".docx"
  !insertmacro themataOpenWith ".odt"
  !insertmacro themataOpenWith ".pdf"
  ; Tells Explorer the associations changed (SHCNE_ASSOCCHANGED).
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
!macroend

!macro customUnInstall
  !insertmacro themataNoOpenWith ".txt"
  !insertmacro themataNoOpenWith ".text"
  !insertmacro themataNoOpenWith ".md"
  !insertmacro themataNoOpenWith ".markdown"
  !insertmacro themataNoOpenWith ".html"
  !insertmacro themataNoOpenWith ".htm"
  !insertmacro themataNoOpenWith ".docx"
  !insertmacro themataNoOpenWith ".odt"
  !insertmacro themataNoOpenWith ".pdf"
  DeleteRegKey SHCTX "Software\Classes\Themata.Article"
  DeleteRegKey SHCTX "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
!macroend
