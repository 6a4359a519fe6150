//===- FormatAhead.cpp - Format generated chunks before they are needed --===//

#include "FormatAhead.h"

#include "llvm/ADT/Twine.h"
#include "llvm/Support/Threading.h"

namespace asynclower {

FormatAhead::FormatAhead(FormatFunction Format, unsigned Workers)
    : Format(std::move(Format)),
      Pool(llvm::hardware_concurrency(std::max(1u, Workers))) {}

FormatAhead::~FormatAhead() {
  // A queued chunk nobody will take (the lowering failed, or a chunk of the
  // lowering ahead that the real one did not produce) is not formatted.
  for (auto &Item : Entries)
    Item.second->Claimed.store(true);
  Pool.wait();
}

FormatAhead::Entry &FormatAhead::entry(llvm::StringRef Text, unsigned Depth,
                                       bool &Added) {
  std::string Key = (llvm::Twine(Depth) + ":" + Text).str();
  std::unique_ptr<Entry> &Slot = Entries[Key];
  Added = Slot == nullptr;
  if (Added) {
    Slot = std::make_unique<Entry>();
    Slot->Text = Text.str();
    Slot->Depth = Depth;
  }
  return *Slot;
}

void FormatAhead::run(Entry &E) {
  llvm::Expected<std::string> Text = Format(E.Text, E.Depth);
  std::lock_guard<std::mutex> Guard(E.Lock);
  if (Text)
    E.Result = std::move(*Text);
  else
    E.Error = llvm::toString(Text.takeError());
  E.Done = true;
  E.Finished.notify_all();
}

void FormatAhead::submit(llvm::StringRef Text, unsigned Depth) {
  bool Added;
  Entry &E = entry(Text, Depth, Added);
  if (!Added)
    return;
  // The entry outlives the task: the destructor waits for the pool first.
  ++Waiting;
  Pool.async([this, &E] {
    --Waiting;
    if (!E.Claimed.exchange(true))
      run(E);
  });
}

llvm::Expected<std::string> FormatAhead::take(llvm::StringRef Text,
                                              unsigned Depth) {
  bool Added;
  Entry &E = entry(Text, Depth, Added);
  if (!E.Claimed.exchange(true))
    run(E);
  std::unique_lock<std::mutex> Guard(E.Lock);
  E.Finished.wait(Guard, [&] { return E.Done; });
  if (E.Error)
    return llvm::createStringError(llvm::inconvertibleErrorCode(), *E.Error);
  // A chunk that occurs twice (the same text at the same depth) is taken
  // twice: copied, not moved.
  return E.Result;
}

} // namespace asynclower
