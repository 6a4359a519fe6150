//===- OutputFiles.cpp - Where lowered files go, and how they are written -===//

#include "OutputFiles.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace asynclower {

llvm::Expected<std::string> mirroredPath(llvm::StringRef Dir,
                                         llvm::StringRef Input) {
  llvm::SmallString<256> Cwd, Absolute(Input);
  if (std::error_code EC = llvm::sys::fs::current_path(Cwd))
    return llvm::createStringError(EC, "cannot read the current directory");
  llvm::sys::fs::make_absolute(Absolute);
  llvm::sys::path::remove_dots(Absolute, /*remove_dot_dot=*/true);
  llvm::sys::path::remove_dots(Cwd, /*remove_dot_dot=*/true);

  // Compared by whole components: /a/bc is not inside /a/b.
  llvm::StringRef Relative = Absolute.str();
  if (!Relative.consume_front(Cwd) ||
      !Relative.consume_front(llvm::sys::path::get_separator()) ||
      Relative.empty())
    return llvm::createStringError(
        std::errc::invalid_argument,
        "--out-dir mirrors paths relative to the current directory, and '%s' "
        "is outside it",
        Input.str().c_str());
  llvm::SmallString<256> Out(Dir);
  llvm::sys::path::append(Out, Relative);
  return std::string(Out);
}

llvm::Error writeAtomically(llvm::StringRef Path, llvm::StringRef Text,
                            bool MakeParents) {
  auto Failed = [&](std::error_code EC) {
    return llvm::createStringError(EC, "cannot write '%s': %s",
                                   Path.str().c_str(), EC.message().c_str());
  };
  llvm::StringRef Parent = llvm::sys::path::parent_path(Path);
  if (MakeParents && !Parent.empty())
    if (std::error_code EC = llvm::sys::fs::create_directories(Parent))
      return Failed(EC);

  llvm::SmallString<256> Temp;
  int FD;
  if (std::error_code EC =
          llvm::sys::fs::createUniqueFile(Path + ".tmp-%%%%%%", FD, Temp))
    return Failed(EC);
  {
    llvm::raw_fd_ostream Out(FD, /*shouldClose=*/true);
    Out << Text;
    Out.close();
    if (Out.has_error()) {
      std::error_code EC = Out.error();
      Out.clear_error();
      llvm::sys::fs::remove(Temp);
      return Failed(EC);
    }
  }
  if (std::error_code EC = llvm::sys::fs::rename(Temp, Path)) {
    llvm::sys::fs::remove(Temp);
    return Failed(EC);
  }
  return llvm::Error::success();
}

} // namespace asynclower
