//===- FormatAhead.h - Format generated chunks before they are needed ----===//
//
// Formatting the generated code costs about half of what clang's parse of
// the file costs (docs/performance.md, B8). The lowering of a whole file
// waits for the end of the parse, so that every function is planned with
// the whole translation unit in view; but each function's generated text can
// be produced, and formatted on another thread, as soon as the parse has
// finished its top-level declaration. LowerFile.cpp lowers each top-level
// declaration of the main file that way, ahead of time, into a scratch
// rewriter, and hands the chunks it marks to a FormatAhead. The real lowering
// at the end then asks the FormatAhead for each of its own chunks by text and
// depth: what was formatted ahead is taken as it is, the rest is formatted
// then. Formatting is a function of the chunk's text and depth alone, so the
// output is the same whether or not a chunk was formatted ahead, and whatever
// the lowering ahead got wrong (a name numbered differently, say) only costs
// a miss.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LOWER_FORMATAHEAD_H
#define ASYNC_LOWER_FORMATAHEAD_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/ThreadPool.h"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace asynclower {

class FormatAhead {
public:
  // Format formats one chunk (its text without the whitespace around it, and
  // how many classes or function bodies enclose it). It runs on Workers
  // threads besides the caller of take(); it must not use the caller's AST.
  using FormatFunction =
      std::function<llvm::Expected<std::string>(llvm::StringRef, unsigned)>;
  FormatAhead(FormatFunction Format, unsigned Workers);
  // Chunks still queued are dropped; those being formatted are waited for.
  ~FormatAhead();

  // Queues a chunk for a worker, unless it is queued already.
  void submit(llvm::StringRef Text, unsigned Depth);
  // How many queued chunks no worker has started yet.
  unsigned waiting() const { return Waiting.load(); }
  // The formatted chunk: formatted here if no worker has started it (or it
  // was never submitted), else when the worker is done with it.
  llvm::Expected<std::string> take(llvm::StringRef Text, unsigned Depth);

private:
  struct Entry {
    std::string Text;
    unsigned Depth = 0;
    // Whoever sets it formats the chunk: a worker or take().
    std::atomic<bool> Claimed{false};
    std::mutex Lock;
    std::condition_variable Finished;
    bool Done = false;
    std::string Result;
    std::optional<std::string> Error;
  };
  Entry &entry(llvm::StringRef Text, unsigned Depth, bool &Added);
  void run(Entry &E);

  FormatFunction Format;
  std::atomic<unsigned> Waiting{0};
  // Keyed by depth and text; only the thread that calls submit() and take()
  // uses the map, the workers reach their entries through pointers.
  llvm::StringMap<std::unique_ptr<Entry>> Entries;
  llvm::DefaultThreadPool Pool; // last: destroyed (joined) first
};

} // namespace asynclower

#endif
