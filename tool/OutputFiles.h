//===- OutputFiles.h - Where lowered files go, and how they are written --===//

#ifndef ASYNC_LOWER_OUTPUTFILES_H
#define ASYNC_LOWER_OUTPUTFILES_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <string>

namespace asynclower {

// The output path --out-dir gives Input: Dir joined with Input's path
// relative to the current directory (src/net/fetch.cpp -> Dir/src/net/
// fetch.cpp). An input outside the current directory is an error: there is
// no relative path to mirror.
llvm::Expected<std::string> mirroredPath(llvm::StringRef Dir,
                                         llvm::StringRef Input);

// Writes through a temporary file in the same directory and a rename, so
// that a reader never sees half a file and a failure leaves an older file
// intact. With MakeParents, missing directories are created first.
llvm::Error writeAtomically(llvm::StringRef Path, llvm::StringRef Text,
                            bool MakeParents);

} // namespace asynclower

#endif
