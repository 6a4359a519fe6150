# async_lower_sources(<target> <source>...
#                     [NO_LINE_DIRECTIVES]
#                     [FLAGS <flag>...])
#
# Lowers each <source> of <target> (C++20 with ASL_ASYNC functions) into
# C++17 at build time, and compiles the lowered file in its place:
#
#   add_executable(app main.cpp fetch.cpp)
#   async_lower_sources(app fetch.cpp)
#   target_link_libraries(app PRIVATE AsyncLower::runtime)
#
# - The lowered file is <binary dir>/async_lower/<source>.lowered.cpp. It is
#   rebuilt when the source, any header it includes (through a depfile the
#   tool writes) or the tool changes.
# - The original source stays in the target as HEADER_FILE_ONLY, so IDEs
#   still show it; the target is compiled as C++17 unless it already sets
#   CXX_STANDARD.
# - The tool parses each source with -std=c++20 and the target's include
#   directories and compile definitions; FLAGS adds more.
# - #line directives map the lowered code back to the source, so compiler
#   errors and debuggers point at it; NO_LINE_DIRECTIVES leaves them out.
#
# Call it in the directory that defines <target>.
function(async_lower_sources target)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "NO_LINE_DIRECTIVES" "" "FLAGS")
  if(NOT TARGET ${target})
    message(FATAL_ERROR "async_lower_sources: no target named '${target}'")
  endif()
  if(NOT ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "async_lower_sources: name at least one source")
  endif()

  set(tool AsyncLower::async-lower)
  if(TARGET async-lower AND NOT TARGET AsyncLower::async-lower)
    set(tool async-lower) # used from inside the async-lower build itself
  endif()
  set(line_directives --line-directives)
  if(ARG_NO_LINE_DIRECTIVES)
    set(line_directives)
  endif()
  set(includes "$<TARGET_PROPERTY:${target},INCLUDE_DIRECTORIES>")
  set(defines "$<TARGET_PROPERTY:${target},COMPILE_DEFINITIONS>")

  foreach(source IN LISTS ARG_UNPARSED_ARGUMENTS)
    get_filename_component(input "${source}" ABSOLUTE)
    file(RELATIVE_PATH relative "${CMAKE_CURRENT_SOURCE_DIR}" "${input}")
    if(relative MATCHES "^\\.\\./")
      get_filename_component(relative "${input}" NAME)
    endif()
    set(output "${CMAKE_CURRENT_BINARY_DIR}/async_lower/${relative}")
    string(REGEX REPLACE "\\.[^./]*$" ".lowered.cpp" output "${output}")
    get_filename_component(output_dir "${output}" DIRECTORY)

    add_custom_command(
      OUTPUT "${output}"
      COMMAND ${CMAKE_COMMAND} -E make_directory "${output_dir}"
      COMMAND ${tool} "${input}" -o "${output}" --depfile "${output}.d"
              ${line_directives} --
              -std=c++20
              "$<$<BOOL:${includes}>:-I$<JOIN:${includes},;-I>>"
              "$<$<BOOL:${defines}>:-D$<JOIN:${defines},;-D>>"
              ${ARG_FLAGS}
      DEPENDS "${input}" ${tool}
      DEPFILE "${output}.d"
      COMMENT "Lowering ${relative}"
      COMMAND_EXPAND_LISTS
      VERBATIM)
    set_source_files_properties("${input}" PROPERTIES HEADER_FILE_ONLY ON)
    target_sources(${target} PRIVATE "${output}")
  endforeach()

  get_target_property(standard ${target} CXX_STANDARD)
  if(NOT standard)
    set_target_properties(${target} PROPERTIES CXX_STANDARD 17
                                               CXX_STANDARD_REQUIRED ON)
  endif()
endfunction()
