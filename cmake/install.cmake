# Installing zio and packaging it as a .deb (cpack -G DEB).
# Templates and reference data are compiled into the binary, so zio needs
# nothing from the share folders at run time; they are installed for users
# who copy templates/ to make their own (--templates) and for reference.
include(GNUInstallDirs)

install(TARGETS zio RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY templates/ DESTINATION ${CMAKE_INSTALL_DATADIR}/zio/templates)
install(DIRECTORY schemas/ DESTINATION ${CMAKE_INSTALL_DATADIR}/zio/schemas)
install(DIRECTORY docs/rules/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/rules FILES_MATCHING PATTERN "*.md")
install(DIRECTORY examples/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples FILES_MATCHING PATTERN "*.yaml")
install(FILES README.md CHANGELOG.md LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/gen/man/zio.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/gen/man/en/zio.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/en/man1)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/gen/completions/zio DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/gen/completions/_zio DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)

set(CPACK_PACKAGE_NAME zio)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "zio")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Check and render regional Zorg in Onderwijstijd agreements")
set(CPACK_PACKAGE_DESCRIPTION "zio checks a region's YAML file against the statutory requirements and the leidraad of Zorg in Onderwijstijd, and renders the cooperation agreement, the checklist and the national progress report as ODT, DOCX, HTML or PDF.")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "zio maintainers <zio@localhost>")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
# Library dependencies computed by dpkg-shlibdeps from the binary.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
# PDF output is LibreOffice's export and the report's PNG charts rsvg's:
# optional for validate and the other formats.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libreoffice-writer-nogui, librsvg2-bin, fonts-liberation2")
include(CPack)
