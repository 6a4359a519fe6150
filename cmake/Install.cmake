# `cmake --install build [--prefix DIR]` installs:
#   bin/async-lower                      the tool
#   include/asl/...                      the runtime's headers
#   lib/libasl_runtime.a                 the runtime
#   lib/cmake/AsyncLower/                the package for find_package(AsyncLower)
# The installed tool finds the headers as ../include beside its bin/.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(ASL_INSTALL_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/AsyncLower)

set_target_properties(asl_runtime PROPERTIES EXPORT_NAME runtime)
install(TARGETS asl_runtime EXPORT AsyncLowerTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(DIRECTORY runtime/include/asl
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
if(TARGET async-lower)
  # The tool links LLVM's shared libraries from their own directory, which is
  # not on the loader's default path: the installed tool keeps it as RPATH.
  set_target_properties(async-lower PROPERTIES INSTALL_RPATH_USE_LINK_PATH ON)
  install(TARGETS async-lower EXPORT AsyncLowerTargets
          RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

install(EXPORT AsyncLowerTargets NAMESPACE AsyncLower::
        DESTINATION ${ASL_INSTALL_CMAKEDIR})
configure_package_config_file(
  cmake/AsyncLowerConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/AsyncLowerConfig.cmake
  INSTALL_DESTINATION ${ASL_INSTALL_CMAKEDIR})
# 0.x: a new minor version may change the lowering, so only the same minor
# version is compatible.
write_basic_package_version_file(
  ${CMAKE_CURRENT_BINARY_DIR}/AsyncLowerConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/AsyncLowerConfig.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/AsyncLowerConfigVersion.cmake
              cmake/AsyncLowerFunctions.cmake
        DESTINATION ${ASL_INSTALL_CMAKEDIR})
